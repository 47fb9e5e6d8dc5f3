package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.MergeResult;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Merging two records of one person first locks both clients as the retention job does, lower id first")
class MergeClientsServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller OWNER = new Caller(UserId.random(), CLINIC, Set.of(Role.OWNER));
    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final ClientId LOWER = ClientId.parse("00000000-0000-4000-8000-000000000001");
    private static final ClientId HIGHER = ClientId.parse("ffffffff-ffff-4fff-bfff-ffffffffffff");

    /** What the service asked of the ports, in order: each lock and each write. */
    private final List<String> steps = new ArrayList<>();
    private final MergeClientsService service = new MergeClientsService(directTransactions(), profiles(),
            purgeLock(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    @DisplayName("both clients are locked, lower id first whichever survives, before anything is read or written, so a "
            + "purge of either waits for the merge and two merges of one pair cannot deadlock")
    void locksBothInIdOrder() {
        MergeResult result = service.merge(OWNER, HIGHER, LOWER, Map.of());

        assertThat(result).isInstanceOf(MergeResult.Merged.class);
        assertThat(steps).startsWith("lock " + LOWER, "lock " + HIGHER, "find", "find").contains("update");
    }

    @Test
    @DisplayName("the other way round the locks come in the same order")
    void sameOrderEitherWay() {
        service.merge(OWNER, LOWER, HIGHER, Map.of());

        assertThat(steps).startsWith("lock " + LOWER, "lock " + HIGHER);
    }

    private ClientProfileRepository profiles() {
        List<ClientProfile> stored = Stream.of(LOWER, HIGHER).map(id -> ClientProfile.create(id, CLINIC, "Zoe",
                "Brown", LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")),
                Optional.empty(), ContactPreferences.NONE)).toList();
        return (ClientProfileRepository) Proxy.newProxyInstance(MergeClientsServiceTest.class.getClassLoader(),
                new Class<?>[] {ClientProfileRepository.class}, (proxy, method, args) -> {
                    steps.add(method.getName());
                    return switch (method.getName()) {
                        case "find" -> stored.stream().filter(profile -> profile.id().equals(args[0])).findFirst();
                        case "update", "append" -> null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    /** The retention job's port, of which the service may only take the lock. */
    private ClinicalRecordPurgeRepository purgeLock() {
        return (ClinicalRecordPurgeRepository) Proxy.newProxyInstance(MergeClientsServiceTest.class.getClassLoader(),
                new Class<?>[] {ClinicalRecordPurgeRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lock")) {
                        steps.add("lock " + args[0]);
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
