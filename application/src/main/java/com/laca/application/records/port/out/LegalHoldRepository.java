package com.laca.application.records.port.out;

import com.laca.domain.records.LegalHold;
import com.laca.domain.shared.ClientId;
import java.util.List;

/**
 * Keeps the legal holds on clients' records in the current tenant (placed, later released, never deleted), which
 * stop the purge; always called inside {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface LegalHoldRepository {

    /** Stores a new hold on the client's record. */
    void place(ClientId client, LegalHold hold);

    /** Records the release of a standing hold (its {@link LegalHold#released()} set); a hold is never deleted. */
    void release(LegalHold hold);

    /** The holds on the client's record, released ones included, oldest first. */
    List<LegalHold> of(ClientId client);
}
