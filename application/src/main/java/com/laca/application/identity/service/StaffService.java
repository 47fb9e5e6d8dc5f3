package com.laca.application.identity.service;

import com.laca.application.identity.port.in.InviteStaffCommand;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.application.identity.port.in.SetPasswordUseCase;
import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.PractitionerRecords;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invites staff and resets passwords through one-time tokens, so no password is ever chosen or seen by anyone but
 * its holder; a reset ends the old password and every session of the account.
 */
public final class StaffService implements ManageStaffUseCase, SetPasswordUseCase {

    /** OWASP: at least 8 characters; we ask 10 and accept long pass-phrases. */
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 128;

    private final TransactionRunner tx;
    private final StaffAccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final AuthSettings settings;
    private final Clock clock;
    private final Optional<StaffNotifications> notifications;
    private final PractitionerRecords practitioners;

    public StaffService(TransactionRunner tx, StaffAccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                        RefreshTokenRepository refreshTokens, PasswordHasher hasher, AuthSettings settings,
                        Clock clock) {
        this(tx, accounts, oneTimeTokens, refreshTokens, hasher, settings, clock, Optional.empty());
    }

    /**
     * @param notifications delivers invitation and reset tokens by e-mail, in the transaction that issues them
     */
    public StaffService(TransactionRunner tx, StaffAccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                        RefreshTokenRepository refreshTokens, PasswordHasher hasher, AuthSettings settings,
                        Clock clock, Optional<StaffNotifications> notifications) {
        this(tx, accounts, oneTimeTokens, refreshTokens, hasher, settings, clock, notifications,
                PractitionerRecords.NONE);
    }

    /**
     * @param notifications delivers invitation and reset tokens by e-mail, in the transaction that issues them
     * @param practitioners whether a practitioner record exists, before an account is linked to it
     */
    public StaffService(TransactionRunner tx, StaffAccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                        RefreshTokenRepository refreshTokens, PasswordHasher hasher, AuthSettings settings,
                        Clock clock, Optional<StaffNotifications> notifications, PractitionerRecords practitioners) {
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.tx = tx;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<StaffAccount> list(Caller caller) {
        caller.require(Permission.STAFF_MANAGE);
        return tx.inTenant(caller.tenantId(), accounts::listAll);
    }

    @Override
    public StaffInvitation invite(Caller caller, InviteStaffCommand command) {
        caller.require(Permission.STAFF_MANAGE);
        if (!EmailAddress.isValid(command.email())) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        if (command.roles().isEmpty() || !command.roles().stream().allMatch(Role::isClinicStaff)) {
            throw new InvalidInputException("roles", "must name at least one role and only clinic staff roles "
                    + "(OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE, INSTRUCTOR)");
        }
        if (command.displayName() == null || command.displayName().isBlank() || command.displayName().length() > 120) {
            throw new InvalidInputException("displayName", "must be 1-120 characters");
        }
        StaffAccount account = new StaffAccount(UserId.random(), caller.tenantId(), new EmailAddress(command.email()),
                command.displayName().trim(), command.roles(), null, true);
        return tx.inTenant(caller.tenantId(), () -> {
            accounts.insert(account);
            return issueToken(account, false);
        });
    }

    /**
     * A reset is issued when a password is forgotten or may be known to someone else: either way the old password and
     * every session opened with it end now, in the same transaction, and only the new token can open the account.
     */
    @Override
    public StaffInvitation resetPassword(Caller caller, UserId accountId) {
        caller.require(Permission.STAFF_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            StaffAccount account = accounts.findById(accountId)
                    .orElseThrow(() -> new NotFoundException("staff account", accountId));
            accounts.update(account.withPasswordHash(null));
            refreshTokens.revokeAllOf(account.id(), clock.instant());
            return issueToken(account, true);
        });
    }

    @Override
    public StaffAccount get(Caller caller, UserId accountId) {
        caller.require(Permission.STAFF_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("staff account", accountId)));
    }

    /**
     * Deactivation revokes every refresh token of the account in the same transaction, like a password reset, so the
     * person is out as soon as their short-lived access token ends. The owner count is read under a lock on every
     * staff account of the clinic: two concurrent demotions of its last two owners cannot both pass the check.
     */
    @Override
    public StaffAccount update(Caller caller, UserId accountId, String displayName, Set<Role> roles,
                               boolean active) {
        caller.require(Permission.STAFF_MANAGE);
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new InvalidInputException("displayName", "must be 1-120 characters");
        }
        if (roles == null || roles.isEmpty() || !roles.stream().allMatch(Role::isClinicStaff)) {
            throw new InvalidInputException("roles", "must name at least one role and only clinic staff roles "
                    + "(OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE, INSTRUCTOR)");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            List<StaffAccount> lockedStaff = accounts.listAllForUpdate();
            StaffAccount account = lockedStaff.stream().filter(a -> a.id().equals(accountId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("staff account", accountId));
            StaffAccount changed = account.withProfile(displayName.trim(), roles, active);
            if (account.isActiveOwner() && !changed.isActiveOwner()
                    && lockedStaff.stream().filter(StaffAccount::isActiveOwner).count() <= 1) {
                throw new ConflictException("this is the clinic's last active owner: give another account the "
                        + "OWNER role first, or the clinic could no longer manage its staff");
            }
            accounts.update(changed);
            if (account.active() && !changed.active()) {
                refreshTokens.revokeAllOf(account.id(), clock.instant());
            }
            return changed;
        });
    }

    @Override
    public StaffAccount deactivate(Caller caller, UserId accountId) {
        StaffAccount account = get(caller, accountId);
        return update(caller, accountId, account.displayName(), account.roles(), false);
    }

    /**
     * A practitioner record is one person: it may be linked to one account only, and only a record of the caller's
     * own clinic (checked here for a clear answer, and by the database key that includes the tenant).
     */
    @Override
    public StaffAccount linkPractitioner(Caller caller, UserId accountId, Optional<PractitionerId> practitioner) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(practitioner, "practitioner");
        return tx.inTenant(caller.tenantId(), () -> {
            StaffAccount account = accounts.findById(accountId)
                    .orElseThrow(() -> new NotFoundException("staff account", accountId));
            if (practitioner.isPresent()) {
                if (!practitioners.exists(practitioner.get())) {
                    throw new InvalidInputException("practitionerId", "must be a practitioner of this clinic");
                }
                accounts.listAll().stream()
                        .filter(other -> !other.id().equals(accountId))
                        .filter(other -> practitioner.equals(other.linkedPractitioner()))
                        .findAny().ifPresent(other -> {
                            throw new ConflictException("practitioner " + practitioner.get()
                                    + " is already linked to another staff account");
                        });
            }
            StaffAccount linked = account.withPractitioner(practitioner.orElse(null));
            accounts.update(linked);
            return linked;
        });
    }

    @Override
    public boolean setPassword(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > MAX_PASSWORD) {
            throw new InvalidInputException("password", "must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters");
        }
        Optional<TenantId> tenantOfToken = OpaqueTokens.tenantOf(token);
        if (tenantOfToken.isEmpty()) {
            return false;
        }
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        return tenantOfToken.map(tenant -> tx.inTenant(tenant, () -> {
            Optional<StoredOneTimeToken> found = oneTimeTokens.findByHashForUpdate(OpaqueTokens.hash(token))
                    .filter(t -> t.usedAt() == null && now.isBefore(t.expiresAt()));
            found.ifPresent(t -> {
                oneTimeTokens.markUsed(t.id(), now);
                accounts.findById(t.userId()).ifPresent(a -> accounts.update(a.withPasswordHash(hash)));
                refreshTokens.revokeAllOf(t.userId(), now);
            });
            return found.isPresent();
        })).orElse(false);
    }

    private StaffInvitation issueToken(StaffAccount account, boolean reset) {
        String token = OpaqueTokens.generate(account.tenantId());
        Instant expiresAt = clock.instant().plus(settings.oneTimeTokenLifetime());
        oneTimeTokens.insert(new StoredOneTimeToken(UUID.randomUUID(), account.tenantId(), account.id(),
                OpaqueTokens.hash(token), expiresAt, null));
        notifications.ifPresent(tell -> tell.tokenIssued(account, token, expiresAt, reset));
        return new StaffInvitation(account.id(), token, expiresAt);
    }
}
