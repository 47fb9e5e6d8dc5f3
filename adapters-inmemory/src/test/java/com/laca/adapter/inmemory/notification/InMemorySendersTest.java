package com.laca.adapter.inmemory.notification;

import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.MailSenderContract;
import com.laca.application.notification.port.out.SmsSender;
import com.laca.application.notification.port.out.SmsSenderContract;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

@DisplayName("The in-memory senders keep the sender contracts")
class InMemorySendersTest {

    @Nested
    @DisplayName("In-memory mail sender")
    class Mail extends MailSenderContract {

        private final InMemoryMailSender sender = new InMemoryMailSender();

        @Override
        protected MailSender sender() {
            return sender;
        }

        @Override
        protected List<Received> received() {
            return sender.sent().stream()
                    .map(m -> new Received(m.to().value(), m.subject(), m.text(), m.html())).toList();
        }
    }

    @Nested
    @DisplayName("In-memory SMS sender")
    class Sms extends SmsSenderContract {

        private final InMemorySmsSender sender = new InMemorySmsSender();

        @Override
        protected SmsSender sender() {
            return sender;
        }

        @Override
        protected List<Delivered> delivered() {
            return sender.sent().stream().map(m -> new Delivered(m.to().value(), m.body())).toList();
        }
    }
}
