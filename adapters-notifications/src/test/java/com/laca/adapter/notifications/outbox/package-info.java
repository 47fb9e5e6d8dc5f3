/** The outbox viewer's sender against the mail-sender contract. */
package com.laca.adapter.notifications.outbox;
