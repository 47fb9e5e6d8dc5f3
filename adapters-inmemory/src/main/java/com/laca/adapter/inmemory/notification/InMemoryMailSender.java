package com.laca.adapter.inmemory.notification;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.port.out.MailSender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps sent e-mails in memory, one per id as a receiving mail system that honours {@code Message-ID} would, for
 * application tests and embedders that have no mail server.
 */
public final class InMemoryMailSender implements MailSender {

    private final Map<String, EmailMessage> byMessageId = new LinkedHashMap<>();

    @Override
    public synchronized DeliveryReceipt send(EmailMessage message) {
        String messageId = "<" + message.id() + "@laca.invalid>";
        byMessageId.putIfAbsent(messageId, message);
        return new DeliveryReceipt(messageId);
    }

    /** Every distinct e-mail received, in order. */
    public synchronized List<EmailMessage> sent() {
        return new ArrayList<>(byMessageId.values());
    }
}
