package com.laca.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SmsSender} that really delivers must do, run against each implementation (in memory, Twilio
 * against a Twilio-shaped local server).
 */
public abstract class SmsSenderContract {

    /** The sender under test, freshly set up for each test. */
    protected abstract SmsSender sender();

    /** The texts the provider side holds, as (number, body) pairs in order. */
    protected abstract List<Delivered> delivered();

    /** One SMS as the provider holds it. */
    public record Delivered(String to, String body) {
    }

    @Test
    @DisplayName("delivers the text to the number in international form and answers with a reference")
    void delivers() {
        DeliveryReceipt receipt = sender().send(new SmsMessage(NotificationId.random(),
                new PhoneNumber("07700 900123"), "Demo Clinic: see you Tue 1 Dec at 10:30. Manage: https://x.test/m",
                1));

        assertThat(receipt.providerReference()).isNotBlank();
        assertThat(delivered()).containsExactly(new Delivered("+447700900123",
                "Demo Clinic: see you Tue 1 Dec at 10:30. Manage: https://x.test/m"));
    }

    @Test
    @DisplayName("a retry of a message that went out is recognised and not delivered a second time")
    void retryIsNotDelivered() {
        NotificationId id = NotificationId.random();
        PhoneNumber to = new PhoneNumber("+447700900456");

        DeliveryReceipt first = sender().send(new SmsMessage(id, to, "Reminder: tomorrow at 10:30", 1));
        DeliveryReceipt retry = sender().send(new SmsMessage(id, to, "Reminder: tomorrow at 10:30", 2));

        assertThat(retry).isEqualTo(first);
        assertThat(delivered()).hasSize(1);
    }
}
