/** Specifications of rounding, pass and fail, marking whole attempts and combining attempts by grading method. */
package com.laca.domain.academy.grading;
