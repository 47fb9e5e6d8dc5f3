package com.laca.application.academy.service;

import com.laca.application.academy.port.in.InviteTraineeCommand;
import com.laca.application.academy.port.in.LearnerProfileQuery;
import com.laca.application.academy.port.in.ManageTraineesUseCase;
import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.application.identity.service.StaffNotifications;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates trainee (STUDENT) accounts through identity's own account and one-time-token stores, so a trainee signs in
 * like staff do but holds no back-office right; academy staff (ENROLMENTS_MANAGE) do this, not only the owner.
 */
public final class TraineeService implements ManageTraineesUseCase, LearnerProfileQuery {

    private final TransactionRunner tx;
    private final StaffAccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final Optional<StaffNotifications> notifications;

    public TraineeService(TransactionRunner tx, StaffAccountRepository accounts,
                          OneTimeTokenRepository oneTimeTokens, Duration tokenLifetime, Clock clock) {
        this(tx, accounts, oneTimeTokens, tokenLifetime, clock, Optional.empty());
    }

    /**
     * @param notifications e-mails the trainee's invitation link in the transaction that issues it, as for staff, so
     *                      the token never appears in an API answer
     */
    public TraineeService(TransactionRunner tx, StaffAccountRepository accounts,
                          OneTimeTokenRepository oneTimeTokens, Duration tokenLifetime, Clock clock,
                          Optional<StaffNotifications> notifications) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.tx = tx;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
    }

    @Override
    public List<StaffAccount> list(Caller caller) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> accounts.listAll().stream()
                .filter(account -> account.roles().contains(Role.STUDENT)).toList());
    }

    @Override
    public StaffInvitation invite(Caller caller, InviteTraineeCommand command) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        if (command.email() == null || !EmailAddress.isValid(command.email())) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        if (command.displayName() == null || command.displayName().isBlank() || command.displayName().length() > 120) {
            throw new InvalidInputException("displayName", "must be 1-120 characters");
        }
        StaffAccount account = new StaffAccount(UserId.random(), caller.tenantId(), new EmailAddress(command.email()),
                command.displayName().trim(), Set.of(Role.STUDENT), null, true);
        return tx.inTenant(caller.tenantId(), () -> {
            accounts.insert(account);
            String token = OpaqueTokens.generate(account.tenantId());
            Instant expiresAt = clock.instant().plus(tokenLifetime);
            oneTimeTokens.insert(new StoredOneTimeToken(UUID.randomUUID(), account.tenantId(), account.id(),
                    OpaqueTokens.hash(token), expiresAt, null));
            notifications.ifPresent(tell -> tell.tokenIssued(account, token, expiresAt, false));
            return new StaffInvitation(account.id(), token, expiresAt);
        });
    }

    @Override
    public StaffAccount me(Caller caller) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> accounts.findById(caller.userId())
                .filter(account -> account.active() && account.roles().contains(Role.STUDENT))
                .orElseThrow(() -> new NotFoundException("trainee", caller.userId())));
    }
}
