package com.laca.adapter.content;

import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.domain.clinic.DescriptionDraft;
import java.util.Locale;

/** Writes the same plain draft for the same brief, with no outside service: the writer when none is configured. */
public final class TemplateContentWriter implements ContentWriter {

    @Override
    public String draftTreatmentDescription(Brief brief) {
        String kind = brief.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return brief.treatmentName() + " at " + brief.clinicName() + ": a " + brief.durationMinutes()
                + "-minute " + kind + " appointment with one of our qualified practitioners. We start with a short"
                + " consultation to talk through what you would like and whether the treatment suits you, and explain"
                + " aftercare before you leave.";
    }

    @Override
    public DescriptionDraft.Source source() {
        return DescriptionDraft.Source.TEMPLATE;
    }
}
