package com.laca.domain.records;

/**
 * The unit a dose is measured in; toxin units are specific to each product (one brand's unit is not another's), so
 * a dose always travels with the product it was drawn from.
 */
public enum DoseUnit {
    /** Biological units of a botulinum toxin product. */
    UNITS,
    /** Millilitres, for fillers and other injected volumes. */
    ML
}
