package com.laca.domain.records;

/** Which side of a paired area a dose went to, or the whole area, so left and right doses are never summed by mistake. */
public enum Side {
    LEFT,
    RIGHT,
    /** The whole area at once, for midline or single areas such as the glabella or the upper lip. */
    WHOLE
}
