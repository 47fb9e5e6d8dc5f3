/** What the clinical-safety use cases need from outside: the reviewed contraindication rule set. */
package com.laca.application.safety.port.out;
