/**
 * Notifications: what kinds of message the clinic sends, the outbox message and its delivery state machine, retries
 * with backoff, send delays that let a change be undone, reminder schedules in the location's time zone, the choice of
 * channel from a person's preferences, and the rule that nothing medical appears in a message.
 */
package com.laca.domain.notification;
