package com.laca.adapter.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.Caller;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clinic's last active owner survives two demotions at once: each demotion pauses right after reading the
 * staff, as if the other ran in between; without the lock both read two owners and both pass the check.
 */
abstract class LastOwnerFlows {

    abstract JpaPersistencePorts ports();

    @Test
    @DisplayName("two owners demoted at the same moment: one demotion is made, the other refused, one owner remains")
    void concurrentDemotionsKeepAnOwner() throws Exception {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("owners-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        StaffAccount first = owner(clinic.id(), "first");
        StaffAccount second = owner(clinic.id(), "second");
        ports().tx().inTenant(clinic.id(), () -> {
            ports().tenants().insert(clinic);
            ports().staffAccounts().insert(first);
            ports().staffAccounts().insert(second);
            return null;
        });
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        StaffService staff = service(new PausingAfterReads(ports().staffAccounts(), bothHaveRead));
        Caller caller = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));

        CompletableFuture<StaffAccount> one = CompletableFuture.supplyAsync(() ->
                staff.update(caller, first.id(), "first", Set.of(Role.MANAGER), true));
        CompletableFuture<StaffAccount> two = CompletableFuture.supplyAsync(() ->
                staff.update(caller, second.id(), "second", Set.of(Role.MANAGER), true));
        int made = 0;
        for (CompletableFuture<StaffAccount> demotion : List.of(one, two)) {
            try {
                demotion.get(60, TimeUnit.SECONDS);
                made++;
            } catch (ExecutionException refused) {
                // refused: the last owner (or, on a database that times a lock wait out, the wait)
            }
        }

        long owners = ports().tx().inTenant(clinic.id(), () -> ports().staffAccounts().listAll().stream()
                .filter(StaffAccount::isActiveOwner).count());
        assertThat(owners).isEqualTo(1);
        assertThat(made).isEqualTo(1);
    }

    private static StaffAccount owner(TenantId tenant, String name) {
        return new StaffAccount(UserId.random(), tenant, new EmailAddress(name + "-" + UUID.randomUUID()
                + "@clinic.test"), name, Set.of(Role.OWNER), null, true);
    }

    private StaffService service(StaffAccountRepository accounts) {
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hash:" + password;
            }

            @Override
            public boolean matches(String password, String encodedHash) {
                return false;
            }
        };
        return new StaffService(ports().tx(), accounts, ports().oneTimeTokens(), ports().refreshTokens(), hasher,
                new AuthSettings(Duration.ofDays(30), Duration.ofHours(24), Duration.ofDays(90)),
                Clock.systemUTC(), Optional.empty());
    }

    /** Waits (half a second at most) after each read of the staff list for the other demotion to read it too. */
    private static final class PausingAfterReads implements StaffAccountRepository {

        private final StaffAccountRepository delegate;
        private final CyclicBarrier barrier;

        PausingAfterReads(StaffAccountRepository delegate, CyclicBarrier barrier) {
            this.delegate = delegate;
            this.barrier = barrier;
        }

        @Override
        public Optional<StaffAccount> findByEmail(EmailAddress email) {
            return delegate.findByEmail(email);
        }

        @Override
        public Optional<StaffAccount> findById(UserId id) {
            return delegate.findById(id);
        }

        @Override
        public List<StaffAccount> listAll() {
            return pause(delegate.listAll());
        }

        @Override
        public List<StaffAccount> listAllForUpdate() {
            return pause(delegate.listAllForUpdate());
        }

        @Override
        public void insert(StaffAccount account) {
            delegate.insert(account);
        }

        @Override
        public void update(StaffAccount account) {
            delegate.update(account);
        }

        private List<StaffAccount> pause(List<StaffAccount> read) {
            try {
                barrier.await(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                // the other demotion is waiting for our lock: go on alone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read;
        }
    }
}
