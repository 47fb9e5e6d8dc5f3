package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.shared.ClientId;
import java.util.List;

/** The owner's view of who read a client's clinical record, when and why ({@code records:audit}). */
public interface AccessAuditUseCase {

    /** The entries about the client and every client merged into it, oldest first. */
    List<AccessAuditEntry> entries(Caller caller, ClientId client);
}
