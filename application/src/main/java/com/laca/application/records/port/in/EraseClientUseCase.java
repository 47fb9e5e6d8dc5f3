package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.shared.ClientId;

/**
 * A client's request to erase their data (UK GDPR Art. 17), carried out at once for what the clinic has no reason to
 * keep, with the answer saying exactly what was erased and what is retained until when and why.
 */
public interface EraseClientUseCase {

    /**
     * Records the request, erases marketing consents, contact preferences and general notes now, and answers the
     * plan with each step's completion; the owner's alone ({@code clients:manage} and {@code records:audit}).
     *
     * @throws com.laca.application.shared.NotFoundException if the client is not in the caller's clinic (or was merged
     *                                                       away: the request is made on the record it was merged into)
     */
    ErasureRequest erase(Caller caller, ClientId client);
}
