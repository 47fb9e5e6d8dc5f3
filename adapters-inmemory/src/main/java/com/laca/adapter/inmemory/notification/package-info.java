/**
 * Mail and SMS senders that keep what they were asked to send, for tests and for embedders without SMTP or an SMS
 * provider.
 */
package com.laca.adapter.inmemory.notification;
