/** Specifications of the appointment lifecycle, the cancellation policy and the client record. */
package com.laca.domain.booking;
