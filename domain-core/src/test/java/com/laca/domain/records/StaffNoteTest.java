package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.identity.Role;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Staff notes are typed, and clinical notes reach only those who may read clinical records")
class StaffNoteTest {

    private static final ClientId CLIENT = ClientId.random();
    private static final UserId NURSE = UserId.random();
    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");

    private static final StaffNote GENERAL = StaffNote.write(NoteId.random(), CLIENT, NoteKind.GENERAL,
            "prefers morning appointments", NURSE, AT);
    private static final StaffNote CLINICAL = StaffNote.write(NoteId.random(), CLIENT, NoteKind.CLINICAL,
            "mild asymmetry of the left brow at review", NURSE, AT);
    private static final StaffNote ALERT = StaffNote.write(NoteId.random(), CLIENT, NoteKind.ALERT,
            "needle phobia: allow extra time", NURSE, AT);
    private static final List<StaffNote> ALL = List.of(GENERAL, CLINICAL, ALERT);

    @Test
    @DisplayName("The front desk sees general notes and alerts, never clinical notes")
    void frontDesk() {
        assertThat(NoteVisibility.visibleTo(Set.of(Role.FRONTDESK), ALL)).containsExactly(GENERAL, ALERT);
    }

    @Test
    @DisplayName("A practitioner and the owner see all three kinds")
    void clinicians() {
        assertThat(NoteVisibility.visibleTo(Set.of(Role.PRACTITIONER), ALL)).containsExactlyElementsOf(ALL);
        assertThat(NoteVisibility.visibleTo(Set.of(Role.OWNER), ALL)).containsExactlyElementsOf(ALL);
    }

    @Test
    @DisplayName("A manager, finance and an instructor see no clinical note")
    void others() {
        assertThat(NoteVisibility.mayRead(Set.of(Role.MANAGER), NoteKind.CLINICAL)).isFalse();
        assertThat(NoteVisibility.mayRead(Set.of(Role.FINANCE), NoteKind.CLINICAL)).isFalse();
        assertThat(NoteVisibility.visibleTo(Set.of(Role.INSTRUCTOR), ALL)).isEmpty();
    }

    @Test
    @DisplayName("A note is amended by a new note of the same kind that points at it; the first stays as written")
    void amend() {
        StaffNote amendment = CLINICAL.amend(NoteId.random(), "asymmetry resolved at 4 weeks", NURSE,
                AT.plusSeconds(86_400));

        assertThat(amendment.amends()).contains(CLINICAL.id());
        assertThat(amendment.kind()).isEqualTo(NoteKind.CLINICAL);
        assertThat(CLINICAL.text()).isEqualTo("mild asymmetry of the left brow at review");
        assertThatThrownBy(() -> CLINICAL.amend(NoteId.random(), "earlier", NURSE, AT.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Blank or overlong notes are refused")
    void textGuards() {
        assertThatThrownBy(() -> StaffNote.write(NoteId.random(), CLIENT, NoteKind.GENERAL, "  ", NURSE, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffNote.write(NoteId.random(), CLIENT, NoteKind.GENERAL, "x".repeat(4001), NURSE,
                AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("On an erasure request general notes go at once; clinical notes and alerts stay with the clinical record")
    void retention() {
        RecordHoldings holdings = new RecordHoldings(CLIENT, EnumSet.of(NoteKind.GENERAL.recordPart(),
                NoteKind.CLINICAL.recordPart(), NoteKind.ALERT.recordPart()),
                Optional.of(ClinicalActivity.treatedOn(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 6, 10))),
                Optional.empty());

        List<ErasureStep> plan = ErasurePlanner.plan(holdings, List.of(), FinancialRecordRetention.UK_COMPANY_DEFAULT);

        assertThat(plan).filteredOn(step -> step.part() == NoteKind.GENERAL.recordPart())
                .extracting(ErasureStep::disposition).containsExactly(ErasureStep.Disposition.ERASE_NOW);
        assertThat(plan).filteredOn(step -> step.part() == NoteKind.CLINICAL.recordPart()
                        || step.part() == NoteKind.ALERT.recordPart())
                .extracting(ErasureStep::keptBecause).containsOnly(Optional.of(KeptBecause.CLINICAL_RECORD));
    }
}
