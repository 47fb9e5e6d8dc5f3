package com.laca.domain.academy.practice;

import static com.laca.domain.academy.practice.Cases.CLINIC;
import static com.laca.domain.academy.practice.Cases.SUPERVISOR;
import static com.laca.domain.academy.practice.Cases.SUPERVISOR_GMC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The case log: anonymised cases, ticked checklists, a registered supervisor's sign-off")
class CaseLogTest {

    private static final UserId TRAINEE = UserId.random();
    private static final CourseId COURSE = CourseId.random();
    private static final PracticalRequirement TOXIN = new PracticalRequirement(
            Map.of(Modality.OBSERVED, 2, Modality.PERFORMED_UNDER_SUPERVISION, 2),
            new Checklist(List.of(new ChecklistItem("signed", "Written consent signed"),
                    new ChecklistItem("photos", "Consent to photographs"))),
            new Checklist(List.of(new ChecklistItem("history", "Medical history taken"),
                    new ChecklistItem("contra", "Contraindications screened"))));

    private static <T> PracticeRefusal refusal(PracticeResult<T> result) {
        assertThat(result).isInstanceOf(PracticeResult.Refused.class);
        return ((PracticeResult.Refused<T>) result).reason();
    }

    private static PracticeResult<CaseLogEntry> log(Set<String> consent, Set<String> consultation) {
        return CaseLogEntry.log(CaseLogEntryId.random(), TRAINEE, COURSE, Modality.OBSERVED, "Glabella, 20 units",
                CLINIC, new PatientReference("TOX-0042"), consent, consultation, Optional.empty(), TOXIN,
                CLINIC.plusSeconds(60));
    }

    @Nested
    @DisplayName("Logging a case")
    class Logging {

        @Test
        @DisplayName("with every consent and consultation item ticked, it waits for the supervisor")
        void logged() {
            CaseLogEntry entry = Cases.logged(TRAINEE, COURSE, Modality.OBSERVED, TOXIN);

            assertThat(entry.status()).isEqualTo(CaseStatus.AWAITING_SIGN_OFF);
            assertThat(entry.counts()).isFalse();
        }

        @Test
        @DisplayName("with an item unticked, it is refused with every missing item listed")
        void checklistIncomplete() {
            PracticeResult<CaseLogEntry> result = log(Set.of("signed"), Set.of("history"));

            assertThat(refusal(result)).isEqualTo(PracticeRefusal.CHECKLIST_INCOMPLETE);
            assertThat(((PracticeResult.Refused<CaseLogEntry>) result).missing())
                    .containsExactly("Consent to photographs", "Contraindications screened");
        }

        @Test
        @DisplayName("an item that is not on the course's checklist is a mistake, not a tick")
        void unknownItem() {
            assertThatThrownBy(() -> log(Set.of("signed", "photos", "waiver"), Set.of("history", "contra")))
                    .hasMessageContaining("waiver");
        }

        @Test
        @DisplayName("a case in the future cannot be logged")
        void future() {
            assertThat(refusal(CaseLogEntry.log(CaseLogEntryId.random(), TRAINEE, COURSE, Modality.OBSERVED, "x",
                    CLINIC.plusSeconds(61), new PatientReference("TOX-0042"), Set.of("signed", "photos"),
                    Set.of("history", "contra"), Optional.empty(), TOXIN, CLINIC.plusSeconds(60))))
                    .isEqualTo(PracticeRefusal.IN_THE_FUTURE);
        }
    }

    @Nested
    @DisplayName("A patient reference is the clinic's pseudonym, never an identifier")
    class PatientReferences {

        @Test
        @DisplayName("TOX-0042 and tox-0042 are the same reference")
        void normalised() {
            assertThat(new PatientReference(" tox-0042 ").value()).isEqualTo("TOX-0042");
        }

        @ParameterizedTest(name = "''{0}'' is refused")
        @ValueSource(strings = {"Jane Smith", "JANESMITH", "jane@example.com", "4857773456", "07700900123", "P1",
                "943 476 5919", "TOX-0042-0000000000000"})
        @DisplayName("names, e-mail addresses, NHS or phone numbers and overlong text are refused")
        void refused(String value) {
            assertThatThrownBy(() -> new PatientReference(value)).hasMessageContaining("pseudonym");
        }
    }

    @Nested
    @DisplayName("Signing off")
    class SigningOff {

        private final CaseLogEntry entry = Cases.logged(TRAINEE, COURSE, Modality.OBSERVED, TOXIN);

        @Test
        @DisplayName("a verified supervisor's confirmation is recorded with their registration, time and comment")
        void confirmed() {
            CaseLogEntry signed = Cases.signedOff(TRAINEE, COURSE, Modality.OBSERVED, TOXIN);

            assertThat(signed.status()).isEqualTo(CaseStatus.SIGNED_OFF);
            assertThat(signed.counts()).isTrue();
            assertThat(signed.signOff()).get().satisfies(signOff -> {
                assertThat(signOff.registration()).isEqualTo(SUPERVISOR_GMC);
                assertThat(signOff.comment()).contains("Good technique.");
            });
        }

        @Test
        @DisplayName("a trainee cannot sign off their own case")
        void ownWork() {
            assertThat(refusal(entry.decide(new SupervisorSignOff(TRAINEE, SUPERVISOR_GMC, SignOffDecision.CONFIRMED,
                    CLINIC.plusSeconds(60), Optional.empty())))).isEqualTo(PracticeRefusal.OWN_WORK);
        }

        @Test
        @DisplayName("a supervisor whose registration nobody verified cannot sign")
        void unverified() {
            ProfessionalRegistration claimed = ProfessionalRegistration.claimed(RegulatoryBody.NMC, "01A2345N");

            assertThat(refusal(entry.decide(new SupervisorSignOff(SUPERVISOR, claimed, SignOffDecision.CONFIRMED,
                    CLINIC.plusSeconds(60), Optional.empty())))).isEqualTo(PracticeRefusal.REGISTRATION_NOT_VERIFIED);
        }

        @Test
        @DisplayName("a sign-off dated before the case is refused")
        void beforeTheCase() {
            assertThat(refusal(entry.decide(new SupervisorSignOff(SUPERVISOR, SUPERVISOR_GMC,
                    SignOffDecision.CONFIRMED, CLINIC.minusSeconds(1), Optional.empty()))))
                    .isEqualTo(PracticeRefusal.BEFORE_THE_CASE);
        }

        @Test
        @DisplayName("a declined case needs a comment, does not count, and cannot be decided again")
        void declined() {
            assertThatThrownBy(() -> new SupervisorSignOff(SUPERVISOR, SUPERVISOR_GMC, SignOffDecision.DECLINED,
                    CLINIC, Optional.empty())).hasMessageContaining("comment");
            CaseLogEntry declined = ((PracticeResult.Applied<CaseLogEntry>) entry.decide(new SupervisorSignOff(
                    SUPERVISOR, SUPERVISOR_GMC, SignOffDecision.DECLINED, CLINIC.plusSeconds(60),
                    Optional.of("Not the case I supervised.")))).value();

            assertThat(declined.counts()).isFalse();
            assertThat(refusal(declined.decide(new SupervisorSignOff(SUPERVISOR, SUPERVISOR_GMC,
                    SignOffDecision.CONFIRMED, CLINIC.plusSeconds(120), Optional.empty()))))
                    .isEqualTo(PracticeRefusal.ALREADY_DECIDED);
        }
    }

    @Test
    @DisplayName("Only signed-off cases count, each towards its own modality's minimum")
    void minimums() {
        List<CaseLogEntry> entries = new ArrayList<>();
        entries.add(Cases.signedOff(TRAINEE, COURSE, Modality.OBSERVED, TOXIN));
        entries.add(Cases.signedOff(TRAINEE, COURSE, Modality.OBSERVED, TOXIN));
        entries.add(Cases.signedOff(TRAINEE, COURSE, Modality.PERFORMED_UNDER_SUPERVISION, TOXIN));
        entries.add(Cases.signedOff(TRAINEE, COURSE, Modality.INDEPENDENT, TOXIN));
        entries.add(Cases.logged(TRAINEE, COURSE, Modality.PERFORMED_UNDER_SUPERVISION, TOXIN));

        PracticalProgress progress = PracticalProgress.of(TOXIN, entries);

        assertThat(progress.counted()).containsEntry(Modality.OBSERVED, 2)
                .containsEntry(Modality.PERFORMED_UNDER_SUPERVISION, 1).containsEntry(Modality.INDEPENDENT, 1);
        assertThat(progress.shortfall()).containsExactly(Map.entry(Modality.PERFORMED_UNDER_SUPERVISION, 1));
        assertThat(progress.met()).isFalse();

        entries.add(Cases.signedOff(TRAINEE, COURSE, Modality.PERFORMED_UNDER_SUPERVISION, TOXIN));
        assertThat(PracticalProgress.of(TOXIN, entries).met()).isTrue();
    }
}
