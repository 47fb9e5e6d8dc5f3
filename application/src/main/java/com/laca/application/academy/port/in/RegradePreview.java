package com.laca.application.academy.port.in;

import com.laca.domain.academy.assessment.RegradePlan;
import com.laca.domain.academy.certificate.RegradeImpact;
import java.util.Objects;

/**
 * A regrade's diff (who changes grade and pass or fail) and its consequences for enrolments and certificates, with a
 * fingerprint the person applying it sends back, so what is applied is exactly what they reviewed.
 */
public record RegradePreview(RegradePlan plan, RegradeImpact impact, String fingerprint, boolean applied) {

    public RegradePreview {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
