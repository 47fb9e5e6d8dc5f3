package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.TreatmentCategory;
import java.util.Objects;

/**
 * Drafts a treatment's public description in the clinic's tone, for staff to review and publish. A draft is only ever a
 * suggestion: it is never published unreviewed and never used for any clinical decision.
 */
public interface ContentWriter {

    /**
     * A draft description for the brief.
     *
     * @throws ContentWriterException when the writing service fails or does not answer in time
     */
    String draftTreatmentDescription(Brief brief);

    /** Who writes this writer's drafts, shown to the reviewer so a machine's text is read as such. */
    DescriptionDraft.Source source();

    /** What the writer is told: the treatment, and the clinic's name and tone in the clinic's own words. */
    record Brief(String clinicName, String treatmentName, TreatmentCategory category, int durationMinutes, String tone) {

        public Brief {
            Objects.requireNonNull(clinicName, "clinicName");
            Objects.requireNonNull(treatmentName, "treatmentName");
            Objects.requireNonNull(category, "category");
            tone = tone == null || tone.isBlank() ? "warm, clear and professional" : tone.strip();
        }
    }
}
