package com.laca.application.academy.port.out;

import java.util.Optional;

/**
 * Keeps the running transaction's clinic's credential-signing key, one per clinic, so every certificate and status
 * list of the clinic is signed by the same key however many servers or concurrent requests create it first.
 */
public interface IssuerKeyRepository {

    /** The tenant's key, if it has one yet. */
    Optional<IssuerKey> find();

    /**
     * Stores the candidate unless the tenant already has a key, and answers the one the tenant has now: the candidate,
     * or the key a concurrent first use stored before it (never two keys for one tenant).
     */
    IssuerKey addIfAbsent(IssuerKey candidate);
}
