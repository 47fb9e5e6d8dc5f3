/** The staff calendar over HTTP: the clinic's appointments by day or week, booking on a client's behalf, and the
 * day's lifecycle actions (check in, complete, no-show, cancel). */
package com.laca.adapter.rest.calendar;
