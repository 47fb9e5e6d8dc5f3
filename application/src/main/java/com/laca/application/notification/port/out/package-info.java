/**
 * What delivering notifications needs from outside: a mail sender, an SMS sender, a renderer for the templates, and a
 * verifier for the SMS provider's signed callbacks. Each adapter turns its vendor's errors into the
 * {@link com.laca.application.notification.port.out.DeliveryException} kinds the outbox reacts to.
 */
package com.laca.application.notification.port.out;
