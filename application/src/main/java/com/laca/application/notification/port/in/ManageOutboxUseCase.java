package com.laca.application.notification.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.TenantId;
import java.util.List;

/**
 * What staff do with their clinic's outbox: read the e-mails sent (the outbox viewer of the embedded default, which is
 * how invitations and confirmations are read without a mail server), list dead letters and send one again.
 */
public interface ManageOutboxUseCase {

    /** The clinic's sent e-mails, newest first; needs the right to manage staff, since invitations carry secrets. */
    List<SentEmail> sentEmails(Caller caller, int limit);

    /**
     * A clinic's sent e-mails for the platform administrator, who reads a new clinic's owner invitation here on the
     * embedded default (nobody in the clinic can sign in yet).
     */
    List<SentEmail> sentEmailsOf(Caller caller, TenantId tenant, int limit);

    /** The clinic's dead letters, newest first. */
    List<DeadLetter> deadLetters(Caller caller, int limit);

    /**
     * Makes a dead message due again at once, with its attempts counted from zero.
     *
     * @throws com.laca.application.shared.NotFoundException no such message in the clinic
     * @throws com.laca.application.shared.ConflictException the message is not dead, or its secret was erased
     */
    void replay(Caller caller, NotificationId message);
}
