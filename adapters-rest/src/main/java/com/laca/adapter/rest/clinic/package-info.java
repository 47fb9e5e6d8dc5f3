/** Staff CRUD for the clinic's set-up: locations, practitioners, rooms and devices, and treatments. */
package com.laca.adapter.rest.clinic;
