/**
 * SMS through Twilio's Messages API (JDK HTTP client, form-encoded requests, JSON-P answers), verification of
 * Twilio's signed callbacks with STOP and START handling, and a log-only sender for the embedded default; no Twilio
 * detail leaves this package.
 */
package com.laca.adapter.notifications.sms;
