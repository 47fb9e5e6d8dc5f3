package com.laca.domain.notification;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * A clinic's choice of which treatment names its texts and e-mail subjects may show (they appear on a locked phone):
 * a few clinics want no treatment named there at all, most keep the standard (injectables never named), and a clinic
 * that decides otherwise may name everything; screening words stay forbidden whatever it chooses.
 */
public enum TreatmentNaming {
    /** The standard: anti-wrinkle and dermal filler treatments are never named on a lock screen. */
    HIDE_INJECTABLES,
    /** No treatment is named on a lock screen: every SMS and subject says "your appointment". */
    HIDE_ALL,
    /** Every treatment may be named, injectables included (and their words are no longer checked). */
    NAME_ALL;

    /** The content rule this choice stands for. */
    public ContentRule contentRule() {
        return switch (this) {
            case HIDE_INJECTABLES -> ContentRule.standard();
            case HIDE_ALL -> new ContentRule(EnumSet.allOf(TreatmentCategory.class), false, Set.of());
            case NAME_ALL -> new ContentRule(Set.of(), false, Set.of());
        };
    }
}
