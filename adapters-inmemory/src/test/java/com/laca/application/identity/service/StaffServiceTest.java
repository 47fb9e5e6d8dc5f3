package com.laca.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.InviteStaffCommand;
import com.laca.application.identity.port.in.LoginCommand;
import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.identity.port.in.TokenPair;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.LoginThrottlePolicy;
import com.laca.domain.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Inviting staff and setting passwords with one-time tokens")
class StaffServiceTest {

    private final IdentityFixture fixture = new IdentityFixture();

    private StaffInvitation inviteNurse() {
        return fixture.staff.invite(fixture.caller(Role.OWNER),
                new InviteStaffCommand("nurse@glow.test", "Nurse Joy", Set.of(Role.PRACTITIONER)));
    }

    @Test
    @DisplayName("An invited nurse sets a password with the token and can then sign in")
    void invitationFlow() {
        StaffInvitation invitation = inviteNurse();
        assertThat(fixture.staff.setPassword(invitation.token(), "a long passphrase")).isTrue();
        assertThat(fixture.auth(LoginThrottlePolicy.PER_ADDRESS).login(new LoginCommand(IdentityFixture.SLUG,
                "nurse@glow.test", "a long passphrase", "10.0.0.1"))).isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    @DisplayName("A one-time token works once, and not after it expires")
    void tokenIsSingleUseAndExpires() {
        StaffInvitation used = inviteNurse();
        assertThat(fixture.staff.setPassword(used.token(), "a long passphrase")).isTrue();
        assertThat(fixture.staff.setPassword(used.token(), "another passphrase")).isFalse();

        StaffInvitation late = fixture.staff.resetPassword(fixture.caller(Role.OWNER), used.userId());
        fixture.clock.advance(Duration.ofHours(73));
        assertThat(fixture.staff.setPassword(late.token(), "a long passphrase")).isFalse();
    }

    @Test
    @DisplayName("Issuing a reset ends the old password and every session at once; the new password then signs in")
    void resetEndsOldPasswordAndSessions() {
        AuthService auth = fixture.auth(LoginThrottlePolicy.PER_ADDRESS);
        String phone = signIn(auth, IdentityFixture.OWNER_PASSWORD).refreshToken();
        String tablet = signIn(auth, IdentityFixture.OWNER_PASSWORD).refreshToken();

        StaffInvitation reset = fixture.staff.resetPassword(fixture.caller(Role.OWNER), fixture.ownerId);

        assertThat(auth.refresh(phone)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(tablet)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.login(new LoginCommand(IdentityFixture.SLUG, IdentityFixture.OWNER_EMAIL,
                IdentityFixture.OWNER_PASSWORD, "10.0.0.1"))).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(fixture.staff.setPassword(reset.token(), "a brand new passphrase")).isTrue();
        assertThat(signIn(auth, "a brand new passphrase").accessToken()).isNotBlank();
    }

    @Test
    @DisplayName("Setting the new password also ends a session rotated in while the reset was being issued")
    void completedResetEndsSessions() {
        StaffInvitation reset = fixture.staff.resetPassword(fixture.caller(Role.OWNER), fixture.ownerId);
        Instant now = fixture.clock.instant();
        StoredRefreshToken slippedIn = new StoredRefreshToken(UUID.randomUUID(), fixture.tenant.id(),
                fixture.ownerId, UUID.randomUUID(), "hash-of-a-racing-rotation", now, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), null, null);
        fixture.ports.tx().inTenant(fixture.tenant.id(), () -> {
            fixture.ports.refreshTokens().insert(slippedIn);
            return null;
        });

        assertThat(fixture.staff.setPassword(reset.token(), "a brand new passphrase")).isTrue();

        assertThat(fixture.ports.tx().inTenant(fixture.tenant.id(),
                () -> fixture.ports.refreshTokens().findByHashForUpdate(slippedIn.tokenHash()))).get()
                .extracting(StoredRefreshToken::revokedAt).isNotNull();
    }

    private TokenPair signIn(AuthService auth, String password) {
        AuthResult result = auth.login(new LoginCommand(IdentityFixture.SLUG, IdentityFixture.OWNER_EMAIL, password,
                "10.0.0.1"));
        assertThat(result).isInstanceOf(AuthResult.Authenticated.class);
        return ((AuthResult.Authenticated) result).tokens();
    }

    @Test
    @DisplayName("Only the owner may invite staff or reset their passwords")
    void onlyOwnerManagesStaff() {
        InviteStaffCommand command = new InviteStaffCommand("x@glow.test", "X", Set.of(Role.FRONTDESK));
        for (Role role : Set.of(Role.MANAGER, Role.FRONTDESK, Role.PRACTITIONER, Role.FINANCE, Role.INSTRUCTOR)) {
            assertThatThrownBy(() -> fixture.staff.invite(fixture.caller(role), command))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("Nobody can be invited as platform administrator, without roles, or with a bad e-mail")
    void badInvitations() {
        assertThatThrownBy(() -> fixture.staff.invite(fixture.caller(Role.OWNER),
                new InviteStaffCommand("x@glow.test", "X", Set.of(Role.PLATFORM_ADMIN))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> fixture.staff.invite(fixture.caller(Role.OWNER),
                new InviteStaffCommand("x@glow.test", "X", Set.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> fixture.staff.invite(fixture.caller(Role.OWNER),
                new InviteStaffCommand("not-an-email", "X", Set.of(Role.FINANCE))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
    }

    @Test
    @DisplayName("Students and clients are not staff: no invitation gives either role, alone or with another")
    void studentsAndClientsAreNotStaff() {
        for (Set<Role> roles : List.of(Set.of(Role.STUDENT), Set.of(Role.CLIENT), Set.of(Role.FRONTDESK, Role.STUDENT),
                Set.of(Role.OWNER, Role.CLIENT))) {
            assertThatThrownBy(() -> fixture.staff.invite(fixture.caller(Role.OWNER),
                    new InviteStaffCommand("x@glow.test", "X", roles)))
                    .as("%s", roles).isInstanceOf(InvalidInputException.class).hasMessageContaining("roles");
        }
    }

    @Test
    @DisplayName("The same e-mail cannot be invited twice into one clinic")
    void duplicateEmail() {
        inviteNurse();
        assertThatThrownBy(this::inviteNurse).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("A password must be 10 to 128 characters")
    void passwordLength() {
        String token = inviteNurse().token();
        assertThatThrownBy(() -> fixture.staff.setPassword(token, "short"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password");
        assertThat(fixture.staff.setPassword(token, "x".repeat(128))).isTrue();
    }

    @Test
    @DisplayName("Deactivating a staff account ends every session it has at once")
    void deactivationEndsSessions() {
        StaffInvitation nurse = inviteNurse();
        fixture.staff.setPassword(nurse.token(), "a long passphrase");
        AuthService auth = fixture.auth(LoginThrottlePolicy.PER_ADDRESS);
        AuthResult signedIn = auth.login(new LoginCommand(IdentityFixture.SLUG, "nurse@glow.test",
                "a long passphrase", "10.0.0.1"));
        String refresh = ((AuthResult.Authenticated) signedIn).tokens().refreshToken();

        fixture.staff.update(fixture.caller(Role.OWNER), nurse.userId(), "Nurse Joy", Set.of(Role.PRACTITIONER),
                false);

        assertThat(auth.refresh(refresh)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(fixture.staff.get(fixture.caller(Role.OWNER), nurse.userId()).active()).isFalse();
    }

    @Test
    @DisplayName("The clinic's last active owner can be neither deactivated, removed nor demoted")
    void lastOwnerStays() {
        assertThatThrownBy(() -> fixture.staff.update(fixture.caller(Role.OWNER), fixture.ownerId, "Owner",
                Set.of(Role.MANAGER), true)).isInstanceOf(ConflictException.class).hasMessageContaining("last");
        assertThatThrownBy(() -> fixture.staff.update(fixture.caller(Role.OWNER), fixture.ownerId, "Owner",
                Set.of(Role.OWNER), false)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixture.staff.deactivate(fixture.caller(Role.OWNER), fixture.ownerId))
                .isInstanceOf(ConflictException.class);

        StaffInvitation second = fixture.staff.invite(fixture.caller(Role.OWNER),
                new InviteStaffCommand("partner@glow.test", "Partner", Set.of(Role.OWNER)));
        assertThat(fixture.staff.update(fixture.caller(Role.OWNER), fixture.ownerId, "Owner",
                Set.of(Role.MANAGER), true).roles()).containsExactly(Role.MANAGER);
        assertThat(second.userId()).isNotNull();
    }

    @Test
    @DisplayName("An update renames and changes roles, and only an owner may make it")
    void updateProfile() {
        StaffInvitation nurse = inviteNurse();
        assertThat(fixture.staff.update(fixture.caller(Role.OWNER), nurse.userId(), " Nurse Joy Smith ",
                Set.of(Role.PRACTITIONER, Role.FRONTDESK), true).displayName()).isEqualTo("Nurse Joy Smith");
        assertThatThrownBy(() -> fixture.staff.update(fixture.caller(Role.MANAGER), nurse.userId(), "X",
                Set.of(Role.FRONTDESK), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.staff.update(fixture.caller(Role.OWNER), nurse.userId(), "X",
                Set.of(Role.PLATFORM_ADMIN), true)).isInstanceOf(InvalidInputException.class);
    }
}
