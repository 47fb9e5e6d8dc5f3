/** Specifications of prerequisites: single conditions and nested "all of" / "any of" groups with their reasons. */
package com.laca.domain.academy.access;
