package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The retention job records each part it purges, and each legal hold that stopped it, once")
class ClinicalPurgeStepTest {

    private static final ClientId CLIENT = ClientId.random();
    private static final Instant AT = Instant.parse("2035-01-02T03:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2034, 6, 11);
    private static final LegalHold CLAIM = LegalHold.place(LegalHoldId.random(), "claim", UserId.random(), AT);

    @Test
    @DisplayName("a purge names the clinical part, how many entries went and the rule that ran out")
    void purged() {
        ClinicalPurgeStep step = ClinicalPurgeStep.purged(CLIENT, RecordPart.TREATMENT_RECORDS, 2,
                new PurgeDecision.Purgeable(DUE, RetentionBasis.ADULT_HEALTH_RECORD), AT);

        assertThat(step.part()).contains(RecordPart.TREATMENT_RECORDS);
        assertThat(step.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
        assertThat(step.purgeableFrom()).isEqualTo(DUE);
        assertThat(step.holds()).isEmpty();
    }

    @Test
    @DisplayName("the job never records purging what it keeps: identity, appointments, the audit")
    void onlyClinicalParts() {
        assertThatThrownBy(() -> ClinicalPurgeStep.purged(CLIENT, RecordPart.ACCESS_AUDIT, 1,
                new PurgeDecision.Purgeable(DUE, RetentionBasis.ADULT_HEALTH_RECORD), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a skip names the holds; the same holds are recognised the next day, a new hold is not")
    void skipped() {
        PurgeDecision.Held held = new PurgeDecision.Held(List.of(CLAIM), DUE);
        ClinicalPurgeStep step = ClinicalPurgeStep.skipped(CLIENT, held, RetentionBasis.ADULT_HEALTH_RECORD, AT);

        assertThat(step.holds()).containsExactly(CLAIM.id());
        assertThat(step.skippedFor(held)).isTrue();
        LegalHold inquiry = LegalHold.place(LegalHoldId.random(), "inquiry", UserId.random(), AT);
        assertThat(step.skippedFor(new PurgeDecision.Held(List.of(CLAIM, inquiry), DUE))).isFalse();
    }
}
