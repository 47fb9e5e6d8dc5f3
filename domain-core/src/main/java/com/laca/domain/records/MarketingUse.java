package com.laca.domain.records;

import java.util.Objects;

/** Whether a clinical photo may appear in marketing, sealed so a refusal carries its reason. */
public sealed interface MarketingUse {

    /** The client has given the separate marketing photo consent. */
    record Allowed() implements MarketingUse {
    }

    /**
     * Not allowed.
     *
     * @param reason why, in plain English
     */
    record Refused(String reason) implements MarketingUse {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
