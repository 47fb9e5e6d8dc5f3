package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.List;
import java.util.Objects;

/**
 * A consent form with every merge field filled and every mandatory block present: the text a client reads and signs,
 * and the only thing a renderer accepts.
 *
 * @param template     the template version it came from
 * @param category     the treatment category
 * @param jurisdiction the jurisdiction code
 * @param version      the template version number
 * @param title        shown at the top
 * @param blocks       the merged sections, in order
 */
public record MergedConsent(ConsentTemplateId template, TreatmentCategory category, String jurisdiction, int version,
                           String title, List<ConsentBlock> blocks) {

    public MergedConsent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        for (BlockKind kind : BlockKind.values()) {
            if (kind.isMandatory() && blocks.stream().noneMatch(b -> b.kind() == kind && !b.text().isBlank())) {
                throw new IllegalArgumentException("a merged consent lacks its " + kind + " block");
            }
        }
    }
}
