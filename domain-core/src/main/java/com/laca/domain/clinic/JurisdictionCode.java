package com.laca.domain.clinic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which of the United Kingdom's legal jurisdictions a location is in, recorded on the location because the law on
 * who may be treated (and which consent form applies) follows the place of treatment, not the clinic; the rules
 * themselves live in the safety area, keyed by this code.
 */
public enum JurisdictionCode {
    ENGLAND("GB-ENG", "England"),
    WALES("GB-WLS", "Wales"),
    SCOTLAND("GB-SCT", "Scotland"),
    NORTHERN_IRELAND("GB-NIR", "Northern Ireland");

    private final String code;
    private final String displayName;

    JurisdictionCode(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The ISO 3166-2 code, e.g. {@code GB-SCT}, as stored and as consent templates are keyed. */
    public String code() {
        return code;
    }

    /** The name people read, e.g. "Scotland". */
    public String displayName() {
        return displayName;
    }

    /** The jurisdiction with this ISO 3166-2 code (case-insensitive), if it is one of the four. */
    public static Optional<JurisdictionCode> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(j -> j.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
