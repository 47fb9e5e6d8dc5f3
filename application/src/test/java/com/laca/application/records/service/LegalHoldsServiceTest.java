package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.identity.Role;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The owner places a legal hold with a reason and releases it; who and when are recorded")
class LegalHoldsServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller OWNER = new Caller(UserId.random(), CLINIC, Set.of(Role.OWNER));
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final ClientId CLIENT = ClientId.random();
    /** A duplicate record merged into {@link #CLIENT}: its holds count for the survivor's record. */
    private static final ClientId ABSORBED = ClientId.random();

    private final List<LegalHold> stored = new ArrayList<>();
    /** What the service asked of the ports, in order: the purge lock and each hold written. */
    private final List<String> steps = new ArrayList<>();
    /** Merges committed while the service waited for a client's lock: the client, and the one it went into. */
    private final Map<ClientId, ClientId> mergedWhileWaiting = new HashMap<>();
    private final LegalHoldsService service = new LegalHoldsService(directTransactions(), profiles(),
            new Holds(), purgeLock(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    @DisplayName("a placed hold stands with its reason, the owner and the time; releasing records who and when")
    void placeAndRelease() {
        LegalHold hold = service.place(OWNER, CLIENT, "complaint under investigation");

        assertThat(hold.isActive()).isTrue();
        assertThat(hold.placedBy()).isEqualTo(OWNER.userId());
        assertThat(hold.placedAt()).isEqualTo(NOW);
        assertThat(stored).containsExactly(hold);

        LegalHold released = service.release(OWNER, CLIENT, hold.id());

        assertThat(released.released()).contains(new LegalHold.Release(OWNER.userId(), NOW));
        assertThat(service.holds(OWNER, CLIENT)).containsExactly(released);
    }

    @Test
    @DisplayName("placing or releasing a hold first takes the retention job's lock on the surviving record, so a purge "
            + "running for that client either sees the hold or finishes before it is placed")
    void holdsWaitForThePurge() {
        LegalHold hold = service.place(OWNER, CLIENT, "claim");
        service.release(OWNER, CLIENT, hold.id());
        service.place(OWNER, ABSORBED, "claim about the duplicate");

        assertThat(steps).containsExactly("lock " + CLIENT, "place", "lock " + CLIENT, "release",
                "lock " + CLIENT, "place");
    }

    @Test
    @DisplayName("when the client was merged into another while the service waited for its lock, it also locks the "
            + "survivor, the row the retention job locks for that record, before the hold is written")
    void mergedWhileWaitingLocksTheSurvivor() {
        ClientId survivor = ClientId.random();
        mergedWhileWaiting.put(CLIENT, survivor);

        service.place(OWNER, CLIENT, "claim");

        assertThat(steps).containsExactly("lock " + CLIENT, "lock " + survivor, "place");
    }

    @Test
    @DisplayName("a reason is required; a blank one names the field")
    void reasonRequired() {
        assertThatThrownBy(() -> service.place(OWNER, CLIENT, "  ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThat(stored).isEmpty();
    }

    @Test
    @DisplayName("releasing twice is a conflict; an unknown hold or client is not found")
    void releaseOnce() {
        LegalHold hold = service.place(OWNER, CLIENT, "claim");
        service.release(OWNER, CLIENT, hold.id());

        assertThatThrownBy(() -> service.release(OWNER, CLIENT, hold.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.release(OWNER, CLIENT, LegalHoldId.random()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.place(OWNER, ClientId.random(), "claim"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("only the owner may place, release or list holds")
    void ownerOnly() {
        assertThatThrownBy(() -> service.place(NURSE, CLIENT, "claim")).isInstanceOf(AccessDeniedException.class);
        LegalHold hold = service.place(OWNER, CLIENT, "claim");
        assertThatThrownBy(() -> service.release(NURSE, CLIENT, hold.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.holds(NURSE, CLIENT)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored).singleElement().satisfies(h -> assertThat(h.isActive()).isTrue());
    }

    private static ClientProfileRepository profiles() {
        ClientProfile client = ClientProfile.create(CLIENT, CLINIC, "Zoe", "Brown", LocalDate.of(1990, 4, 15),
                Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(), ContactPreferences.NONE);
        ClientProfile absorbed = new ClientProfile(ABSORBED, CLINIC, "Zoe", "Brown", LocalDate.of(1990, 4, 15),
                Optional.of(new EmailAddress("zoe.b@example.com")), Optional.empty(), ContactPreferences.NONE,
                MarketingConsent.NONE, ClientStatus.MERGED, Optional.of(CLIENT), List.of());
        return (ClientProfileRepository) Proxy.newProxyInstance(LegalHoldsServiceTest.class.getClassLoader(),
                new Class<?>[] {ClientProfileRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Stream.of(client, absorbed).filter(profile -> profile.id().equals(args[0]))
                                .findFirst();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The retention job's port, of which the service may only take the lock. */
    private ClinicalRecordPurgeRepository purgeLock() {
        return (ClinicalRecordPurgeRepository) Proxy.newProxyInstance(LegalHoldsServiceTest.class.getClassLoader(),
                new Class<?>[] {ClinicalRecordPurgeRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lock")) {
                        steps.add("lock " + args[0]);
                        return Optional.ofNullable(mergedWhileWaiting.get((ClientId) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private final class Holds implements LegalHoldRepository {
        @Override
        public void place(ClientId client, LegalHold hold) {
            steps.add("place");
            stored.add(hold);
        }

        @Override
        public void release(LegalHold hold) {
            steps.add("release");
            stored.replaceAll(h -> h.id().equals(hold.id()) ? hold : h);
        }

        @Override
        public List<LegalHold> of(ClientId client) {
            return CLIENT.equals(client) ? List.copyOf(stored) : List.of();
        }
    }
}
