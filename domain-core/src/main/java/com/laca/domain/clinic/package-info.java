/** The clinic's set-up: locations, practitioners, rooms and devices, and the treatment menu. */
package com.laca.domain.clinic;
