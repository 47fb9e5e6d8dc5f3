/** Specifications of certificate issue, verification codes, status transitions and what a regrade does to them. */
package com.laca.domain.academy.certificate;
