/** Unit tests of the booking request conversions and result mappings. */
package com.laca.adapter.rest.booking;
