/** Specifications of the CPD log entries exported for revalidation. */
package com.laca.domain.academy.cpd;
