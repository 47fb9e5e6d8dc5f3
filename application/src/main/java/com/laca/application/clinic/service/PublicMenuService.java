package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.PublicMenuQuery;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.tenancy.Tenant;
import java.util.List;
import java.util.Objects;

/** Serves the public, active part of a clinic's treatment menu, which anyone may read without a token. */
public final class PublicMenuService implements PublicMenuQuery {

    private final TransactionRunner tx;
    private final TreatmentRepository treatments;

    public PublicMenuService(TransactionRunner tx, TreatmentRepository treatments) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.treatments = Objects.requireNonNull(treatments, "treatments");
    }

    @Override
    public List<Treatment> activeTreatments(Tenant tenant) {
        return tx.inTenant(tenant.id(), treatments::listActive);
    }
}
