package com.laca.application.records.port.out;

import com.laca.domain.records.ErasureRequest;
import com.laca.domain.shared.ClientId;
import java.util.List;

/**
 * Keeps erasure requests with their plan and each step's completion in the current tenant, so the clinic can show
 * what it erased when and what it keeps and why; always called inside
 * {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface ErasureRequestRepository {

    /** Stores a new request, its steps as planned and any already done. */
    void insert(ErasureRequest request);

    /**
     * Stores the completion (when, by whom) of the request's steps recorded as done since it was stored; the plan
     * itself never changes and a completion is never undone.
     */
    void recordDone(ErasureRequest request);

    /** The client's requests, oldest first. */
    List<ErasureRequest> ofClient(ClientId client);
}
