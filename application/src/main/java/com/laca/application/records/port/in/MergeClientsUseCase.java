package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.MergeResult;
import com.laca.domain.records.MergeSide;
import com.laca.domain.shared.ClientId;
import java.util.Map;

/**
 * Resolving a possible duplicate by staff ({@code CLIENTS_MANAGE}): merge two records of one person keeping both
 * histories, or record that two flagged clients are different people.
 */
public interface MergeClientsUseCase {

    /**
     * Merges {@code absorbed} into {@code survivor}; refused, with the reason, when the domain's merge rules say so.
     *
     * @param choices for each identity or contact field on which the two disagree, whose value to keep
     */
    MergeResult merge(Caller caller, ClientId survivor, ClientId absorbed, Map<ClientField, MergeSide> choices);

    /** Clears the flag that {@code client} may be the same person as {@code other}, in both directions. */
    ClientProfile notADuplicate(Caller caller, ClientId client, ClientId other);
}
