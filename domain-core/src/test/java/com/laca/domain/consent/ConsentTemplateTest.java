package com.laca.domain.consent;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.consent.ConsentFixtures.ENGLAND;
import static com.laca.domain.consent.ConsentFixtures.template;
import static com.laca.domain.consent.ConsentFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Consent templates: the version in effect, merge fields that are never blank, mandatory blocks")
class ConsentTemplateTest {

    private final ConsentTemplate v1 = template(CHEMICAL_PEEL, 1, LocalDate.of(2026, 1, 1));
    private final ConsentTemplate v2 = template(CHEMICAL_PEEL, 2, LocalDate.of(2026, 6, 1));
    private final ConsentTemplates templates = new ConsentTemplates(List.of(v2, v1,
            template(ANTI_WRINKLE, 1, LocalDate.of(2026, 1, 1))));

    @Test
    @DisplayName("Version 1 is in effect until the day before version 2 starts; version 2 from its first day")
    void effectiveTemplate() {
        assertThat(templates.effective(CHEMICAL_PEEL, ENGLAND, LocalDate.of(2026, 5, 31))).contains(v1);
        assertThat(templates.effective(CHEMICAL_PEEL, ENGLAND, LocalDate.of(2026, 6, 1))).contains(v2);
        assertThat(templates.effective(CHEMICAL_PEEL, ENGLAND, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(templates.effective(CHEMICAL_PEEL, "GB-WLS", LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    @DisplayName("Two versions with one number, or a higher version that starts earlier, are refused")
    void consistentVersions() {
        assertThatThrownBy(() -> new ConsentTemplates(List.of(v1, template(CHEMICAL_PEEL, 1, LocalDate.of(2026, 3, 1)))))
                .hasMessageContaining("share");
        assertThatThrownBy(() -> new ConsentTemplates(List.of(v2, template(CHEMICAL_PEEL, 3, LocalDate.of(2026, 3, 1)))))
                .hasMessageContaining("before version");
    }

    @Test
    @DisplayName("Merging fills every field from client, treatment, practitioner and clinic")
    void merges() {
        MergeResult result = v1.merge(values());
        MergedConsent merged = ((MergeResult.Merged) result).consent();
        assertThat(merged.blocks().get(0).text())
                .isEqualTo("Emma Jones, Sofia Rossi will give you Chemical peel, medium depth at Demo Clinic.");
        assertThat(merged.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("A missing merge field is an error naming the field, never a blank")
    void missingField() {
        Map<MergeField, String> values = values();
        values.remove(MergeField.PRACTITIONER_NAME);
        values.put(MergeField.CLINIC_NAME, "  ");
        MergeResult result = v1.merge(values);
        assertThat(((MergeResult.Refused) result).problems()).extracting(ConsentProblem::message)
                .anySatisfy(m -> assertThat(m).contains("practitioner.name"))
                .anySatisfy(m -> assertThat(m).contains("clinic.name"));
    }

    @Test
    @DisplayName("A template without its marketing-photo block (or any mandatory block) cannot be merged")
    void mandatoryBlocks() {
        List<ConsentBlock> blocks = v1.blocks().stream()
                .filter(b -> b.kind() != BlockKind.PHOTO_CONSENT_MARKETING).toList();
        ConsentTemplate incomplete = new ConsentTemplate(ConsentTemplateId.random(), CHEMICAL_PEEL, ENGLAND, 9,
                LocalDate.of(2027, 1, 1), "Incomplete", blocks);
        assertThat(incomplete.missingMandatoryBlocks()).containsExactly(BlockKind.PHOTO_CONSENT_MARKETING);
        MergeResult result = incomplete.merge(values());
        assertThat(((MergeResult.Refused) result).problems()).extracting(ConsentProblem::reason)
                .containsExactly(ConsentProblem.Reason.MISSING_MANDATORY_BLOCK);
    }

    @Test
    @DisplayName("A misspelt merge field is refused when the template is written")
    void unknownField() {
        assertThatThrownBy(() -> new ConsentBlock(BlockKind.RISKS, "Risks", "Dear {{client.fulName}}"))
                .hasMessageContaining("client.fulName");
    }

    @Test
    @DisplayName("A merge value containing braces or dollar signs is inserted literally")
    void literalValues() {
        Map<MergeField, String> values = values();
        values.put(MergeField.CLIENT_FULL_NAME, "A $1 {{clinic.name}} B");
        MergedConsent merged = ((MergeResult.Merged) v1.merge(values)).consent();
        assertThat(merged.blocks().get(0).text()).startsWith("A $1 {{clinic.name}} B,");
    }
}
