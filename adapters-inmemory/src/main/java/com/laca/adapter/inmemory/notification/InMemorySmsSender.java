package com.laca.adapter.inmemory.notification;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.application.notification.port.out.SmsSender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps sent SMS in memory, one per id, for application tests and embedders without an SMS provider. */
public final class InMemorySmsSender implements SmsSender {

    private final Map<String, SmsMessage> byId = new LinkedHashMap<>();

    @Override
    public synchronized DeliveryReceipt send(SmsMessage message) {
        byId.putIfAbsent(message.id().toString(), message);
        return new DeliveryReceipt("sms-" + message.id());
    }

    /** Every distinct SMS sent, in order. */
    public synchronized List<SmsMessage> sent() {
        return new ArrayList<>(byId.values());
    }
}
