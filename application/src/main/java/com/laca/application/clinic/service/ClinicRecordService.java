package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.ManageClinicRecordsUseCase;
import com.laca.application.clinic.port.out.ClinicRecordRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import java.util.Objects;

/**
 * The one CRUD flow every clinic record goes through: permission check, tenant transaction, optimistic lock, and a
 * step of the clinic's reference data version in the same transaction, as availability's cache is keyed by it.
 */
abstract class ClinicRecordService<T, ID, D> implements ManageClinicRecordsUseCase<T, ID, D> {

    private final TransactionRunner tx;
    private final ClinicRecordRepository<T, ID> repository;
    private final ClinicRecordKind<T, ID, D> kind;
    private final ReferenceDataVersion referenceData;

    ClinicRecordService(TransactionRunner tx, ClinicRecordRepository<T, ID> repository, ClinicRecordKind<T, ID, D> kind,
                        ReferenceDataVersion referenceData) {
        this.tx = tx;
        this.repository = repository;
        this.kind = kind;
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    }

    @Override
    public Page<T> list(Caller caller, PageRequest page) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> repository.list(page));
    }

    @Override
    public T get(Caller caller, ID id) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> repository.find(id))
                .orElseThrow(() -> new NotFoundException(kind.name(), id));
    }

    @Override
    public T create(Caller caller, D draft) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            T record = kind.build(caller.tenantId(), kind.newId(), draft, 0);
            repository.insert(record);
            referenceData.bump();
            return record;
        });
    }

    @Override
    public T update(Caller caller, ID id, long expectedVersion, D draft, AffectedBookings affected) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(affected, "affected");
        return tx.inTenant(caller.tenantId(), () -> {
            T before = repository.find(id).orElseThrow(() -> new NotFoundException(kind.name(), id));
            T after = kind.build(caller.tenantId(), id, draft, expectedVersion);
            kind.guardBookings(caller.tenantId(), before, after, affected);
            T updated = repository.update(after);
            referenceData.bump();
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, ID id, long expectedVersion) {
        caller.require(Permission.SETTINGS_MANAGE);
        tx.inTenant(caller.tenantId(), () -> {
            repository.delete(id, expectedVersion);
            referenceData.bump();
            return null;
        });
    }
}
