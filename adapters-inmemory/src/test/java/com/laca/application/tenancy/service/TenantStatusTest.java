package com.laca.application.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.tenancy.port.in.CreateTenantCommand;
import com.laca.application.tenancy.port.out.TenantRepository;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Suspending a clinic ends its sessions, within seconds on every server")
class TenantStatusTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Caller PLATFORM_ADMIN = new Caller(UserId.random(), TenantId.random(),
            Set.of(Role.PLATFORM_ADMIN));

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final CountingTenants counted = new CountingTenants(ports.tenants());
    private final Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("glow-clinic"), "Glow Clinic",
            ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
    private final UserId owner = UserId.random();

    TenantStatusTest() {
        ports.tx().inTenant(clinic.id(), () -> {
            ports.tenants().insert(clinic);
            ports.staffAccounts().insert(new StaffAccount(owner, clinic.id(), new EmailAddress("owner@glow.test"),
                    "Owner", Set.of(Role.OWNER), "hash", true));
            return null;
        });
    }

    /** One server instance: its own status cache and the services that use it, over the shared database. */
    private final class Instance {
        final TenantStatusCache statuses = new TenantStatusCache(ports.tx(), counted, clock, MAX_AGE);
        final TenantService tenants = new TenantService(ports.tx(), ports.tenants(),
                new StaffService(ports.tx(), ports.staffAccounts(), ports.oneTimeTokens(), ports.refreshTokens(),
                        new PlainHasher(), new AuthSettings(Duration.ofDays(14), Duration.ofDays(3),
                        Duration.ofDays(30)), clock), ports.refreshTokens(), statuses, clock);
        final FindTenantService publicAddresses = new FindTenantService(statuses);
    }

    private StoredRefreshToken session() {
        Instant now = clock.instant();
        StoredRefreshToken token = new StoredRefreshToken(UUID.randomUUID(), clinic.id(), owner, UUID.randomUUID(),
                UUID.randomUUID().toString(), now, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                null, null);
        ports.tx().inTenant(clinic.id(), () -> {
            ports.refreshTokens().insert(token);
            return null;
        });
        return token;
    }

    private Optional<StoredRefreshToken> reread(StoredRefreshToken token) {
        return ports.tx().inTenant(clinic.id(), () -> ports.refreshTokens().findByHashForUpdate(token.tokenHash()));
    }

    @Test
    @DisplayName("Every session of a suspended clinic is revoked, and reactivating it brings none back")
    void suspensionRevokesSessions() {
        Instance server = new Instance();
        StoredRefreshToken phone = session();
        StoredRefreshToken tablet = session();

        Tenant suspended = server.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.SUSPENDED, 0);
        server.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.ACTIVE, suspended.version());

        assertThat(reread(phone)).get().extracting(StoredRefreshToken::revokedAt).isEqualTo(clock.instant());
        assertThat(reread(tablet)).get().extracting(StoredRefreshToken::revokedAt).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("The server that suspends a clinic refuses its tokens at once")
    void suspendingServerKnowsAtOnce() {
        Instance server = new Instance();
        assertThat(server.statuses.isActive(clinic.id())).isTrue();

        server.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.SUSPENDED, 0);

        assertThat(server.statuses.isActive(clinic.id())).isFalse();
    }

    @Test
    @DisplayName("Another server learns of the suspension within five seconds, asking the database at most that often")
    void otherServersWithinTheMaximumAge() {
        Instance one = new Instance();
        Instance other = new Instance();
        assertThat(other.statuses.isActive(clinic.id())).isTrue();
        int readsBefore = counted.reads.get();

        one.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.SUSPENDED, 0);
        for (int request = 0; request < 100; request++) {
            assertThat(other.statuses.isActive(clinic.id())).as("still cached").isTrue();
        }
        assertThat(counted.reads.get()).as("database reads for 100 requests").isEqualTo(readsBefore);
        clock.advance(MAX_AGE);

        assertThat(other.statuses.isActive(clinic.id())).isFalse();
    }

    @Test
    @DisplayName("The server that suspends a clinic takes it off its public pages at once, and brings it back at once")
    void publicAddressOnTheSuspendingServer() {
        Instance server = new Instance();
        assertThat(server.publicAddresses.findActiveBySlug("glow-clinic")).get().extracting(Tenant::id)
                .isEqualTo(clinic.id());

        Tenant suspended = server.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.SUSPENDED, 0);
        assertThat(server.publicAddresses.findActiveBySlug("glow-clinic")).isEmpty();

        server.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.ACTIVE, suspended.version());
        assertThat(server.publicAddresses.findActiveBySlug("glow-clinic")).isPresent();
    }

    @Test
    @DisplayName("Another server's public pages stop answering for a suspended clinic within five seconds, "
            + "asking the database at most that often")
    void publicAddressOnOtherServers() {
        Instance one = new Instance();
        Instance other = new Instance();
        assertThat(other.publicAddresses.findActiveBySlug("glow-clinic")).isPresent();
        int readsBefore = counted.slugReads.get();

        one.tenants.changeStatus(PLATFORM_ADMIN, clinic.id(), TenantStatus.SUSPENDED, 0);
        for (int request = 0; request < 100; request++) {
            assertThat(other.publicAddresses.findActiveBySlug("glow-clinic")).as("still cached").isPresent();
        }
        assertThat(counted.slugReads.get()).as("database reads for 100 requests").isEqualTo(readsBefore);
        clock.advance(MAX_AGE);

        assertThat(other.publicAddresses.findActiveBySlug("glow-clinic")).isEmpty();
    }

    @Test
    @DisplayName("A clinic created on a server answers on its public pages at once, though its address was asked "
            + "about before; unknown and malformed addresses answer nothing")
    void newAndUnknownAddresses() {
        Instance server = new Instance();
        assertThat(server.publicAddresses.findActiveBySlug("bath-skin")).isEmpty();

        server.tenants.create(PLATFORM_ADMIN, new CreateTenantCommand(
                "bath-skin", "Bath Skin", "Europe/London", "GBP", "owner@bath.test", "Owner"));

        assertThat(server.publicAddresses.findActiveBySlug("bath-skin")).get().extracting(Tenant::name)
                .isEqualTo("Bath Skin");
        assertThat(server.publicAddresses.findActiveBySlug("No Such Clinic!")).isEmpty();
    }

    @Test
    @DisplayName("A clinic that does not exist is never active")
    void unknownClinic() {
        assertThat(new Instance().statuses.isActive(TenantId.random())).isFalse();
    }

    /** Counts the status reads, to show that a request does not cost a query. */
    private static final class CountingTenants implements TenantRepository {
        private final TenantRepository delegate;
        private final AtomicInteger reads = new AtomicInteger();
        private final AtomicInteger slugReads = new AtomicInteger();

        CountingTenants(TenantRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Tenant> findBySlug(TenantSlug slug) {
            slugReads.incrementAndGet();
            return delegate.findBySlug(slug);
        }

        @Override
        public Optional<Tenant> findById(TenantId id) {
            reads.incrementAndGet();
            return delegate.findById(id);
        }

        @Override
        public Page<Tenant> list(PageRequest request) {
            return delegate.list(request);
        }

        @Override
        public void insert(Tenant tenant) {
            delegate.insert(tenant);
        }

        @Override
        public Tenant update(Tenant tenant) {
            return delegate.update(tenant);
        }
    }

    private static final class PlainHasher implements com.laca.application.identity.port.out.PasswordHasher {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String encodedHash) {
            return hash(password).equals(encodedHash);
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
