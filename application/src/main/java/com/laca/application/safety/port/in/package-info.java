/** What the clinical-safety area offers: recording prescribers and their consultations. */
package com.laca.application.safety.port.in;
