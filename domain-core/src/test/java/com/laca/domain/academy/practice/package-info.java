/** Specifications of the case log, supervisor sign-off, practical minimums and OSCE stations. */
package com.laca.domain.academy.practice;
