package com.laca.adapter.notifications.sms;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.application.notification.port.out.SmsSender;
import com.laca.domain.notification.Recipient;

/**
 * The SMS "provider" of the embedded default and of deployments without Twilio: it sends nothing and logs that it
 * would have, with the message id, the attempt, the length and a masked number, never the text or the whole number,
 * because both are personal data and logs are not a place for them.
 */
public final class LogOnlySmsSender implements SmsSender {

    private static final System.Logger LOG = System.getLogger(LogOnlySmsSender.class.getName());

    @Override
    public DeliveryReceipt send(SmsMessage message) {
        LOG.log(System.Logger.Level.INFO, "SMS {0} (attempt {1}, {2} characters) to {3} recorded, not sent: no SMS "
                        + "provider is configured (LOG_ONLY)", message.id(), message.attempt(), message.body().length(),
                Recipient.sms(message.to()).masked());
        return new DeliveryReceipt("log-only:" + message.id());
    }
}
