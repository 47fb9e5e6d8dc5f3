/** Staff management of when people and rooms can be booked: weekly hours, date overrides, time off, clinic closures,
 * blocked rooms and devices, and the clinic's booking terms. */
package com.laca.adapter.rest.schedule;
