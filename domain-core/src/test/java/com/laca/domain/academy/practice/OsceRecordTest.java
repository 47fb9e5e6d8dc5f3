package com.laca.domain.academy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.OsceStationId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OSCE stations: pass or fail per sitting, within the attempts allowed")
class OsceRecordTest {

    private static final UserId TRAINEE = UserId.random();
    private static final UserId EXAMINER = UserId.random();
    private static final Instant DAY = Instant.parse("2026-06-20T10:00:00Z");
    private static final OsceStation OCCLUSION = new OsceStation(OsceStationId.random(),
            "Managing a vascular occlusion", 2);

    private static OsceRecord sat(OsceRecord record, boolean passed) {
        return ((PracticeResult.Applied<OsceRecord>) record.record(passed, EXAMINER, DAY, Optional.empty())).value();
    }

    private static PracticeRefusal refusal(PracticeResult<OsceRecord> result) {
        return ((PracticeResult.Refused<OsceRecord>) result).reason();
    }

    @Test
    @DisplayName("Not sat, failed with a resit left, passed on the resit")
    void resitThenPass() {
        OsceRecord none = OsceRecord.none(OCCLUSION, TRAINEE);
        OsceRecord failed = sat(none, false);
        OsceRecord passed = sat(failed, true);

        assertThat(none.status()).isEqualTo(OsceStatus.NOT_ATTEMPTED);
        assertThat(failed.status()).isEqualTo(OsceStatus.RESIT_ALLOWED);
        assertThat(passed.status()).isEqualTo(OsceStatus.PASSED);
        assertThat(passed.results()).extracting(OsceResult::attempt).containsExactly(1, 2);
    }

    @Test
    @DisplayName("Failing every sitting allowed is final: a third sitting is refused")
    void attemptLimit() {
        OsceRecord twiceFailed = sat(sat(OsceRecord.none(OCCLUSION, TRAINEE), false), false);

        assertThat(twiceFailed.status()).isEqualTo(OsceStatus.FAILED_FINAL);
        assertThat(refusal(twiceFailed.record(true, EXAMINER, DAY, Optional.empty())))
                .isEqualTo(PracticeRefusal.NO_ATTEMPTS_LEFT);
    }

    @Test
    @DisplayName("A passed station takes no more sittings, and nobody examines themselves")
    void refusals() {
        OsceRecord passed = sat(OsceRecord.none(OCCLUSION, TRAINEE), true);

        assertThat(refusal(passed.record(true, EXAMINER, DAY, Optional.empty())))
                .isEqualTo(PracticeRefusal.ALREADY_PASSED);
        assertThat(refusal(OsceRecord.none(OCCLUSION, TRAINEE).record(true, TRAINEE, DAY, Optional.empty())))
                .isEqualTo(PracticeRefusal.OWN_WORK);
    }
}
