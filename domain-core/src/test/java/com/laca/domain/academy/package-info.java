/** Specifications of the academy's shared values: exact fractions and professional registrations. */
package com.laca.domain.academy;
