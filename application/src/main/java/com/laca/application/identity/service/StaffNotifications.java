package com.laca.application.identity.service;

import com.laca.application.notification.port.in.Addressee;
import com.laca.application.notification.port.in.EnqueueNotificationCommand;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Initiator;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.tenancy.Tenant;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers invitations and password resets by e-mail through the outbox, written in the transaction that issues the
 * token, so the token reaches only the mailbox of the account and never an API answer or a log.
 */
public final class StaffNotifications {

    private final EnqueueNotificationUseCase enqueue;
    private final TenantRepository tenants;
    private final String publicBase;

    /**
     * @param publicBase the server's public address links start with, e.g. {@code https://book.example}
     */
    public StaffNotifications(EnqueueNotificationUseCase enqueue, TenantRepository tenants, URI publicBase) {
        this.enqueue = Objects.requireNonNull(enqueue, "enqueue");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        String base = publicBase.toString();
        this.publicBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Sends the invitation or reset link with the one-time token; the link's page posts it to /api/auth/password. */
    public void tokenIssued(StaffAccount account, String token, Instant expiresAt, boolean reset) {
        ZoneId zone = tenants.findById(account.tenantId()).map(Tenant::zone).orElse(ZoneOffset.UTC);
        URI link = URI.create(publicBase + "/api/auth/password?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        MessageFacts facts = MessageFacts.builder()
                .text(Facts.STAFF_NAME, account.displayName())
                .link(reset ? Facts.RESET_LINK : Facts.INVITATION_LINK, link)
                .moment(Facts.LINK_EXPIRES_AT, expiresAt, zone)
                .build();
        enqueue.enqueue(new EnqueueNotificationCommand(account.tenantId(),
                reset ? MessageKind.PASSWORD_RESET : MessageKind.STAFF_INVITATION,
                new Addressee.Staff(account.id(), account.email()), Optional.empty(), Initiator.CLINIC, facts));
    }
}
