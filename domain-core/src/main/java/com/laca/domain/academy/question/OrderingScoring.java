package com.laca.domain.academy.question;

/** How an ordering earns partial credit, because putting one step late should not always cost every mark. */
public enum OrderingScoring {
    /** Full credit for the exact order, nothing otherwise. */
    ALL_OR_NOTHING,
    /** Credit for each item in its right position: k of n positions earn k/n. */
    ABSOLUTE_POSITION,
    /** Credit for each item followed by its right successor: k of n-1 neighbours earn k/(n-1). */
    RELATIVE_TO_NEXT
}
