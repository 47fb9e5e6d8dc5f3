package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.ClientId;

/**
 * A subject-access request (UK GDPR Art. 15) answered in one staff action: everything the clinic holds about a client,
 * gathered in one transaction and written to the client's access audit as an export.
 */
public interface SubjectAccessExportUseCase {

    /**
     * Gathers the client's record, with every client merged into it ({@code clinical:read} and {@code records:audit}:
     * the owner, as for the access audit itself).
     *
     * @throws com.laca.application.shared.NotFoundException if the client is not in the caller's clinic
     */
    SubjectAccessExport export(Caller caller, ClientId client);
}
