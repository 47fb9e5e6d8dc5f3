/** The embedded default's outbox viewer: e-mails kept in memory instead of being sent, for staff to read. */
package com.laca.adapter.notifications.outbox;
