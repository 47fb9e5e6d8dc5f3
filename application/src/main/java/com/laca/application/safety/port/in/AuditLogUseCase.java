package com.laca.application.safety.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.safety.AuditChainVerifier.ChainVerification;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.shared.TenantId;
import java.util.Map;

/** The tenant's hash-chained clinical audit log: appending an event, and walking the chain to prove it untouched. */
public interface AuditLogUseCase {

    /**
     * Appends an entry chained to the last one, inside the caller's running transaction for the tenant.
     *
     * @param details codes and ids only, never answers or free text
     */
    void append(TenantId tenant, AuditEventType type, String subject, String actor, Map<String, String> details);

    /** Walks the whole chain and names the first broken entry, if any. */
    ChainVerification verify(Caller caller);
}
