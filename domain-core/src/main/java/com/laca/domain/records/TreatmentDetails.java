package com.laca.domain.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the practitioner records about a treatment: products and doses, technique, aftercare given, complications and
 * follow-up; the part a correction replaces.
 *
 * @param products      the products used, with their doses
 * @param technique     how it was done (needle or cannula, depth, method); required for injectable categories
 * @param aftercare     the aftercare advice given; required for injectable categories
 * @param complications complications seen during or after the treatment; empty when none
 * @param followUp      a review asked for, if any
 */
public record TreatmentDetails(List<ProductUse> products, Optional<String> technique, Optional<String> aftercare,
                               List<String> complications, Optional<FollowUp> followUp) {

    private static final int MAX_TEXT = 4000;

    public TreatmentDetails {
        products = Texts.list(products, "products");
        technique = Objects.requireNonNull(technique, "technique").filter(t -> !t.isBlank())
                .map(t -> Texts.required(t, "technique", MAX_TEXT));
        aftercare = Objects.requireNonNull(aftercare, "aftercare").filter(t -> !t.isBlank())
                .map(t -> Texts.required(t, "aftercare", MAX_TEXT));
        complications = Texts.list(complications, "complications").stream()
                .map(text -> Texts.required(text, "complication", MAX_TEXT)).toList();
        Objects.requireNonNull(followUp, "followUp");
    }

    /** Every dose charted, across products. */
    public List<SiteDose> allDoses() {
        return products.stream().flatMap(product -> product.doses().stream()).toList();
    }
}
