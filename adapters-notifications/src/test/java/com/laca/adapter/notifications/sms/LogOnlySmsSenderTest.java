package com.laca.adapter.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The log-only SMS sender records what it would send, without personal data")
class LogOnlySmsSenderTest {

    @Test
    @DisplayName("logs the id, the attempt, the length and a masked number, never the text or the whole number")
    void noPersonalData() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(LogOnlySmsSender.class.getName());
        logger.addHandler(capture);
        try {
            NotificationId id = NotificationId.random();

            DeliveryReceipt receipt = new LogOnlySmsSender().send(new SmsMessage(id, new PhoneNumber("07700 900123"),
                    "Emma, your appointment is tomorrow at 10:30", 1));

            assertThat(receipt.providerReference()).isEqualTo("log-only:" + id);
            assertThat(lines).singleElement().asString().contains(id.toString()).contains("+44*******123")
                    .contains("43 characters").doesNotContain("Emma").doesNotContain("7700900123");
        } finally {
            logger.removeHandler(capture);
        }
    }
}
