package com.laca.adapter.notifications.outbox;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.SentMailArchive;
import com.laca.domain.notification.NotificationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mail channel of the embedded default, which has no mail server: each e-mail is kept in memory (the newest
 * {@code capacity}, until the server stops) for the outbox viewer to show, and logged by id only, never by address.
 * Sending the same id again replaces the kept copy, so a retry is still one e-mail.
 */
public final class OutboxViewerMailSender implements MailSender, SentMailArchive {

    private static final Logger LOG = Logger.getLogger(OutboxViewerMailSender.class.getName());

    private final Map<NotificationId, EmailMessage> kept;

    /** @param capacity how many e-mails are kept, at least 1 */
    public OutboxViewerMailSender(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the viewer keeps at least one e-mail");
        }
        this.kept = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<NotificationId, EmailMessage> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized DeliveryReceipt send(EmailMessage message) {
        kept.put(message.id(), message);
        LOG.fine(() -> "e-mail " + message.id() + " kept for the outbox viewer (no SMTP server configured)");
        return new DeliveryReceipt("<" + message.id() + "@outbox-viewer.laca>");
    }

    @Override
    public synchronized Optional<EmailMessage> find(NotificationId id) {
        return Optional.ofNullable(kept.get(id));
    }
}
