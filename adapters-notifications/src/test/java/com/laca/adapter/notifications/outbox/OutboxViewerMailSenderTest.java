package com.laca.adapter.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.MailSenderContract;
import com.laca.domain.notification.NotificationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The viewer's sender keeps what it is given, by id, and forgets the oldest beyond its capacity. */
class OutboxViewerMailSenderTest extends MailSenderContract {

    private final OutboxViewerMailSender viewer = new OutboxViewerMailSender(100);
    private final List<NotificationId> sent = new ArrayList<>();

    @Override
    protected MailSender sender() {
        return message -> {
            sent.add(message.id());
            return viewer.send(message);
        };
    }

    @Override
    protected List<Received> received() {
        return sent.stream().distinct().map(id -> viewer.find(id).orElseThrow())
                .map(m -> new Received(m.to().value(), m.subject(), m.text(), m.html())).toList();
    }

    @Test
    @DisplayName("keeps the newest e-mails up to its capacity")
    void boundedCapacity() {
        OutboxViewerMailSender small = new OutboxViewerMailSender(2);
        NotificationId first = NotificationId.random();
        small.send(message(first, "a@example.com"));
        small.send(message(NotificationId.random(), "b@example.com"));
        small.send(message(NotificationId.random(), "c@example.com"));

        assertThat(small.find(first)).isEmpty();
    }
}
