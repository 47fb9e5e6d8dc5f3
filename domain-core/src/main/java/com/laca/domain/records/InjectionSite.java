package com.laca.domain.records;

/**
 * The facial and body areas a dose is recorded against, named as clinicians chart them, so doses can be compared
 * visit to visit and a complication traced to a site.
 */
public enum InjectionSite {
    GLABELLA("glabella (frown lines)"),
    FRONTALIS("frontalis (forehead lines)"),
    LATERAL_CANTHAL_LINES("lateral canthal lines (crow's feet)"),
    BROW_LIFT("lateral brow (brow lift)"),
    NASALIS("nasalis (bunny lines)"),
    GUMMY_SMILE("levator labii superioris alaeque nasi (gummy smile)"),
    PERIORAL_LINES("perioral lines (lip lines)"),
    DEPRESSOR_ANGULI_ORIS("depressor anguli oris (mouth corners)"),
    MENTALIS("mentalis (dimpled chin)"),
    MASSETER("masseter (jaw slimming, bruxism)"),
    PLATYSMA("platysma (neck bands)"),
    AXILLAE("axillae (underarm sweating)"),
    LIPS("lips"),
    NASOLABIAL_FOLDS("nasolabial folds"),
    MARIONETTE_LINES("marionette lines"),
    CHEEKS("cheeks (mid-face)"),
    TEAR_TROUGHS("tear troughs"),
    CHIN("chin"),
    JAWLINE("jawline"),
    TEMPLES("temples"),
    NOSE("nose (non-surgical rhinoplasty)"),
    HANDS("back of the hands");

    private final String label;

    InjectionSite(String label) {
        this.label = label;
    }

    /** How the site reads on a chart or in an export. */
    public String label() {
        return label;
    }
}
