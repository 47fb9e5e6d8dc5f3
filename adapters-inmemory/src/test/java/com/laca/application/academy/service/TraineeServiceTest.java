package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.academy.port.in.InviteTraineeCommand;
import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.LoginCommand;
import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.service.AuthService;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.LoginThrottling;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.LoginThrottlePolicy;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Trainee accounts: academy staff invite a trainee, who signs in with a STUDENT login of their own")
class TraineeServiceTest {

    private static final String SLUG = "glow-academy";

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private final AuthSettings settings = new AuthSettings(Duration.ofDays(14), Duration.ofHours(72),
            Duration.ofDays(30));
    private final Tenant tenant = new Tenant(TenantId.random(), new TenantSlug(SLUG), "Glow Academy",
            ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "test-hash:" + password;
        }

        @Override
        public boolean matches(String password, String encodedHash) {
            return ("test-hash:" + password).equals(encodedHash);
        }
    };
    private final AtomicReference<Set<Role>> issuedRoles = new AtomicReference<>();
    private final AccessTokenIssuer issuer = (subject, tenantId, roles, issuedAt) -> {
        issuedRoles.set(Set.copyOf(roles));
        return new AccessTokenIssuer.IssuedAccessToken("access:" + subject, issuedAt.plusSeconds(900));
    };
    private final TraineeService trainees = new TraineeService(ports.tx(), ports.staffAccounts(),
            ports.oneTimeTokens(), settings.oneTimeTokenLifetime(), clock);
    private final StaffService staff = new StaffService(ports.tx(), ports.staffAccounts(), ports.oneTimeTokens(),
            ports.refreshTokens(), hasher, settings, clock);
    private final AuthService auth = new AuthService(ports.tx(), ports.tenants(), ports.staffAccounts(),
            ports.refreshTokens(), hasher, issuer, new LoginThrottling(ports.tx(), ports.loginThrottles(),
            LoginThrottlePolicy.PER_ACCOUNT, LoginThrottlePolicy.PER_ADDRESS), settings, clock);

    TraineeServiceTest() {
        ports.tx().inTenant(tenant.id(), () -> {
            ports.tenants().insert(tenant);
            ports.staffAccounts().insert(new StaffAccount(UserId.random(), tenant.id(),
                    new EmailAddress("owner@glow.test"), "Owner", Set.of(Role.OWNER), hasher.hash("x"), true));
            return null;
        });
    }

    private Caller caller(Role role) {
        return new Caller(UserId.random(), tenant.id(), Set.of(role));
    }

    @Test
    @DisplayName("An instructor invites a trainee, who sets a password, signs in as STUDENT only and sees themself")
    void traineeSignsIn() {
        StaffInvitation invitation = trainees.invite(caller(Role.INSTRUCTOR),
                new InviteTraineeCommand("dr.lee@trainee.test", "Dr Sam Lee"));

        assertThat(staff.setPassword(invitation.token(), "a long passphrase")).isTrue();
        AuthResult signedIn = auth.login(new LoginCommand(SLUG, "dr.lee@trainee.test", "a long passphrase",
                "10.0.0.9"));

        assertThat(signedIn).isInstanceOf(AuthResult.Authenticated.class);
        assertThat(issuedRoles.get()).containsExactly(Role.STUDENT);
        Caller trainee = new Caller(invitation.userId(), tenant.id(), Set.of(Role.STUDENT));
        assertThat(trainees.me(trainee).displayName()).isEqualTo("Dr Sam Lee");
        assertThat(trainees.list(caller(Role.MANAGER))).extracting(StaffAccount::id)
                .containsExactly(invitation.userId());
    }

    @Test
    @DisplayName("Only academy staff invite or list trainees; a trainee, a practitioner or front desk may not")
    void onlyAcademyStaffInvite() {
        for (Role role : List.of(Role.STUDENT, Role.PRACTITIONER, Role.FRONTDESK, Role.FINANCE)) {
            assertThatThrownBy(() -> trainees.invite(caller(role), new InviteTraineeCommand("a@b.test", "A")))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trainees.list(caller(role))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("Only a trainee asks who they are as a learner; staff get a refusal, not someone's profile")
    void profileIsForTrainees() {
        assertThatThrownBy(() -> trainees.me(caller(Role.OWNER))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("A bad e-mail or name is refused by field, and an e-mail already used in the clinic is a conflict")
    void badInput() {
        assertThatThrownBy(() -> trainees.invite(caller(Role.OWNER), new InviteTraineeCommand("nope", "A")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> trainees.invite(caller(Role.OWNER), new InviteTraineeCommand("a@b.test", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("displayName");
        assertThatThrownBy(() -> trainees.invite(caller(Role.OWNER),
                new InviteTraineeCommand("owner@glow.test", "Owner again")))
                .isInstanceOf(ConflictException.class);
    }
}
