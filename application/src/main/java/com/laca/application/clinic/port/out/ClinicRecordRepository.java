package com.laca.application.clinic.port.out;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import java.util.Optional;

/**
 * Stores one kind of tenant-owned record with optimistic locking; always called inside
 * {@link TransactionRunner#inTenant}, which is what scopes it to one tenant.
 *
 * @param <T>  the domain record
 * @param <ID> its typed id
 */
public interface ClinicRecordRepository<T, ID> {

    Optional<T> find(ID id);

    Page<T> list(PageRequest request);

    /** Stores a new record at version 0. */
    void insert(T record);

    /**
     * Replaces the stored record whose version equals the given record's version and returns it with the next version.
     *
     * @throws com.laca.application.shared.VersionConflictException if the stored version differs
     * @throws com.laca.application.shared.NotFoundException        if there is no such record
     */
    T update(T record);

    /**
     * Deletes the record if its stored version is the expected one.
     *
     * @throws com.laca.application.shared.VersionConflictException if the stored version differs
     * @throws com.laca.application.shared.NotFoundException        if there is no such record
     * @throws com.laca.application.shared.ConflictException        if other records still refer to it
     */
    void delete(ID id, long expectedVersion);
}
