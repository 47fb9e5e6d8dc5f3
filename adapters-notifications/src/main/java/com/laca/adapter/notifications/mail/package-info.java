/**
 * E-mail over SMTP with Jakarta Mail (Eclipse Angus Mail, the implementation Payara ships): multipart text and HTML,
 * the outbox message's id as Message-ID, and SMTP reply codes mapped to "refused" or "try again"; no Jakarta Mail
 * type leaves this package.
 */
package com.laca.adapter.notifications.mail;
