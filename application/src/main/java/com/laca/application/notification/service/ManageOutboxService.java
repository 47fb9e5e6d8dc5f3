package com.laca.application.notification.service;

import com.laca.application.notification.port.in.DeadLetter;
import com.laca.application.notification.port.in.ManageOutboxUseCase;
import com.laca.application.notification.port.in.SentEmail;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.SentMailArchive;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox viewer and the dead letters of one clinic: read in its own transaction, replayed through the domain's
 * state machine so only a dead message (whose secret is still there) can be sent again.
 */
public final class ManageOutboxService implements ManageOutboxUseCase {

    private final TransactionRunner tx;
    private final OutboxRepository outbox;
    private final SentMailArchive archive;
    private final Clock clock;

    public ManageOutboxService(TransactionRunner tx, OutboxRepository outbox, SentMailArchive archive, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<SentEmail> sentEmails(Caller caller, int limit) {
        caller.require(Permission.STAFF_MANAGE);
        return sent(caller.tenantId(), limit);
    }

    @Override
    public List<SentEmail> sentEmailsOf(Caller caller, TenantId tenant, int limit) {
        caller.require(Permission.TENANTS_MANAGE);
        return sent(tenant, limit);
    }

    private List<SentEmail> sent(TenantId tenant, int limit) {
        return tx.inTenant(tenant, () -> outbox.sentEmails(limit)).stream()
                .map(message -> new SentEmail(message.id(), message.envelope().kind().code(),
                        message.envelope().recipient().address(), message.delivery().sentAt().orElseThrow(),
                        archive.find(message.id()).map(email -> new SentEmail.Body(email.subject(), email.text(),
                                email.html()))))
                .toList();
    }

    @Override
    public List<DeadLetter> deadLetters(Caller caller, int limit) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> outbox.deadLetters(limit)).stream()
                .map(message -> new DeadLetter(message.id(), message.envelope().kind().code(),
                        message.envelope().recipient().channel().name(), message.envelope().recipient().masked(),
                        message.delivery().attempts(), message.delivery().lastError().orElse(""),
                        message.delivery().dueAt()))
                .toList();
    }

    @Override
    public void replay(Caller caller, NotificationId id) {
        caller.require(Permission.SETTINGS_MANAGE);
        tx.inTenant(caller.tenantId(), () -> {
            OutboxMessage message = outbox.find(id).orElseThrow(() -> new NotFoundException("message", id));
            OutboxTransition replayed = message.replay(clock.instant());
            if (replayed instanceof OutboxTransition.Refused refused) {
                throw new ConflictException(refused.message());
            }
            if (!outbox.save(((OutboxTransition.Applied) replayed).message(), OutboxRepository.Expected.of(message))) {
                throw new ConflictException("the message changed meanwhile; please try again");
            }
            return Optional.empty();
        });
    }
}
