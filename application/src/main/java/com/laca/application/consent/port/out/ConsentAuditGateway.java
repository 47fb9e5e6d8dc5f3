package com.laca.application.consent.port.out;

import com.laca.domain.shared.TenantId;
import java.util.Map;

/**
 * Where consent steps are reported for the tenant's hash-chained clinical audit log; a port because the log belongs to
 * the safety area, which consent may not depend on, so the wiring connects the two.
 */
@FunctionalInterface
public interface ConsentAuditGateway {

    /** Records nothing: for embedders and tests of consent alone. */
    ConsentAuditGateway NONE = (tenant, event, subject, actor, details) -> { };

    /**
     * Appends one entry inside the caller's transaction.
     *
     * @param subject e.g. {@code appointment:<uuid>}
     * @param actor   e.g. {@code user:<uuid>} or {@code client:<uuid>}
     * @param details codes and ids only, never free text or medical data
     */
    void record(TenantId tenant, ConsentEvent event, String subject, String actor, Map<String, String> details);
}
