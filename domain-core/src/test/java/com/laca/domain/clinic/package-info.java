/** Specifications of the clinic set-up records. */
package com.laca.domain.clinic;
