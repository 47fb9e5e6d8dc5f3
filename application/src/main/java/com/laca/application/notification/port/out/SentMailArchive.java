package com.laca.application.notification.port.out;

import com.laca.domain.notification.NotificationId;
import java.util.Optional;

/**
 * The e-mails as they were handed to the mail channel, kept by the embedded default's outbox viewer so staff can read
 * what was sent without a mail server; with real SMTP nothing is kept and the viewer lists the messages only.
 */
public interface SentMailArchive {

    /** Keeps nothing: real SMTP. */
    SentMailArchive NONE = id -> Optional.empty();

    /** The e-mail sent with this id, if it is still kept. */
    Optional<EmailMessage> find(NotificationId id);
}
