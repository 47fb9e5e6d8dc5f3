package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.shared.ClientId;
import java.util.List;

/**
 * The owner places and releases legal holds on a client's record, because a claim, complaint or inquiry must stop the
 * erasure and the purge of what a court or regulator may ask for; who and when are recorded, a hold is never deleted.
 */
public interface LegalHoldsUseCase {

    /**
     * Places a standing hold with its reason, recorded as placed by the caller now; the owner's alone
     * ({@code clients:manage} and {@code records:audit}).
     *
     * @throws com.laca.application.shared.InvalidInputException if the reason is blank or longer than 500 characters
     * @throws com.laca.application.shared.NotFoundException     if the client is not in the caller's clinic
     */
    LegalHold place(Caller caller, ClientId client, String reason);

    /**
     * Releases a standing hold, recorded as released by the caller now; the owner's alone.
     *
     * @throws com.laca.application.shared.NotFoundException if the client or the hold on it is not found
     * @throws com.laca.application.shared.ConflictException if the hold is already released
     */
    LegalHold release(Caller caller, ClientId client, LegalHoldId hold);

    /** The client's holds, released ones included, oldest first, so the owner sees why a record is kept. */
    List<LegalHold> holds(Caller caller, ClientId client);
}
