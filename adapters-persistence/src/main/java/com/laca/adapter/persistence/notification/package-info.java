/**
 * The outbox and the contact and settings look-ups of the notification area, over plain SQL on the transaction's own
 * connection where claiming needs {@code FOR UPDATE SKIP LOCKED} and recording needs a conditional update.
 */
package com.laca.adapter.persistence.notification;
