/**
 * Specifications of notifications: the outbox state machine, retries, send delays, supersession, reminders across
 * clock changes, channel choice and the rule that nothing medical is sent.
 */
package com.laca.domain.notification;
