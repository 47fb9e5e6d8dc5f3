package com.laca.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The clinical audit log is a hash chain: any tampering is found and the first broken entry named")
class AuditChainTest {

    private final TenantId tenant = TenantId.random();
    private final AuditChainVerifier verifier = new AuditChainVerifier();

    private List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        Instant at = Instant.parse("2026-05-01T09:00:00Z");
        entries.add(AuditEntry.first(tenant, at, AuditEventType.SCREENING_ANSWERED, "client:1", "client:1",
                Map.of("questionnaireVersion", "2026.1")));
        for (int i = 1; i < length; i++) {
            entries.add(entries.get(i - 1).next(at.plusSeconds(60L * i), AuditEventType.SAFETY_VERDICT,
                    "appointment:" + i, "system", Map.of("outcome", "ALLOWED", "ruleSetVersion", "2026.1")));
        }
        return entries;
    }

    private static AuditEntry withDetails(AuditEntry e, Map<String, String> details) {
        return new AuditEntry(e.sequence(), e.tenant(), e.at(), e.type(), e.subject(), e.actor(), details,
                e.previousHash(), e.hash());
    }

    @Test
    @DisplayName("An untouched chain verifies intact and reports its head")
    void intact() {
        List<AuditEntry> entries = chain(5);
        AuditChainVerifier.ChainVerification result = verifier.verify(entries, Optional.of(entries.get(4).hash()));
        assertThat(result).isEqualTo(new AuditChainVerifier.ChainVerification.Intact(5, entries.get(4).hash()));
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    }

    @Test
    @DisplayName("Changing one entry's details is found at that entry")
    void tamperedContent() {
        List<AuditEntry> entries = chain(5);
        entries.set(2, withDetails(entries.get(2), Map.of("outcome", "REFUSED", "ruleSetVersion", "2026.1")));
        AuditChainVerifier.ChainVerification result = verifier.verify(entries);
        assertThat(result).isInstanceOfSatisfying(AuditChainVerifier.ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).isEqualTo(AuditChainVerifier.ChainVerification.Break.CONTENT_ALTERED);
        });
    }

    @Test
    @DisplayName("Rewriting an entry and recomputing its hash still breaks the next entry's link")
    void rehashedEntry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry original = entries.get(1);
        AuditEntry forged = entries.get(0).next(original.at(), original.type(), original.subject(), original.actor(),
                Map.of("outcome", "REFUSED"));
        entries.set(1, forged);
        AuditChainVerifier.ChainVerification result = verifier.verify(entries);
        assertThat(result).isInstanceOfSatisfying(AuditChainVerifier.ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).isEqualTo(AuditChainVerifier.ChainVerification.Break.PREVIOUS_HASH_MISMATCH);
        });
    }

    @Test
    @DisplayName("A removed entry is found as a gap; entries cut from the end are found against the recorded head")
    void removedEntries() {
        List<AuditEntry> entries = chain(5);
        String head = entries.get(4).hash();
        List<AuditEntry> gap = new ArrayList<>(entries);
        gap.remove(2);
        assertThat(verifier.verify(gap)).isInstanceOfSatisfying(AuditChainVerifier.ChainVerification.Broken.class,
                broken -> assertThat(broken.reason()).isEqualTo(AuditChainVerifier.ChainVerification.Break.SEQUENCE_GAP));
        assertThat(verifier.verify(entries.subList(0, 4), Optional.of(head)))
                .isInstanceOfSatisfying(AuditChainVerifier.ChainVerification.Broken.class, broken ->
                        assertThat(broken.reason()).isEqualTo(AuditChainVerifier.ChainVerification.Break.TRUNCATED));
    }

    @Test
    @DisplayName("Moving an entry's time by one nanosecond is found")
    void timeChanged() {
        List<AuditEntry> entries = chain(3);
        AuditEntry e = entries.get(0);
        entries.set(0, new AuditEntry(e.sequence(), e.tenant(), e.at().plusNanos(1), e.type(), e.subject(), e.actor(),
                e.details(), e.previousHash(), e.hash()));
        assertThat(verifier.verify(entries)).isInstanceOf(AuditChainVerifier.ChainVerification.Broken.class);
    }
}
