/** The Twilio sender against a Twilio-shaped local server, callback verification, and the log-only sender. */
package com.laca.adapter.notifications.sms;
