package com.laca.application.consent.port.in;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A new version of the consent form for a category in a jurisdiction; its number is the next in that series.
 *
 * @param category      the treatment category
 * @param jurisdiction  e.g. {@code GB-ENG}
 * @param effectiveFrom the first local date it is in effect
 * @param title         shown at the top
 * @param blocks        the sections, in order; every mandatory one must be present
 */
public record NewTemplateCommand(TreatmentCategory category, String jurisdiction, LocalDate effectiveFrom,
                                 String title, List<ConsentBlock> blocks) {

    public NewTemplateCommand {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
