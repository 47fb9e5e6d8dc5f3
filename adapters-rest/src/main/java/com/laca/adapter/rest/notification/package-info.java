/** The clinic's outbox for staff: the outbox viewer (what was sent, with the bodies on the embedded default) and dead letters. */
package com.laca.adapter.rest.notification;
