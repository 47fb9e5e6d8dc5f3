package com.laca.application.safety.service;

import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.VersionedSafetySettings;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a clinic's safety settings and licences, answering the defaults while a clinic has stored none, so the gates
 * always read one complete, valid set of windows.
 */
public final class SafetySettingsService implements SafetySettingsUseCase {

    private final TransactionRunner tx;
    private final ClinicalRecordRepository records;
    private final PractitionerRepository practitioners;
    private final LocationRepository locations;

    public SafetySettingsService(TransactionRunner tx, ClinicalRecordRepository records,
                                 PractitionerRepository practitioners, LocationRepository locations) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.records = Objects.requireNonNull(records, "records");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.locations = Objects.requireNonNull(locations, "locations");
    }

    @Override
    public VersionedSafetySettings settings(Caller caller) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> new VersionedSafetySettings(
                records.settings().orElseGet(SafetySettings::defaults), records.settingsVersion()));
    }

    @Override
    public VersionedSafetySettings replaceSettings(Caller caller, SafetySettings settings, long expectedVersion) {
        caller.require(Permission.SETTINGS_MANAGE);
        // validity windows, reflection periods and licensing enforcement are clinical safety: a prescriber's call
        caller.require(Permission.CLINICAL_DECIDE);
        Objects.requireNonNull(settings, "settings");
        return tx.inTenant(caller.tenantId(), () ->
                new VersionedSafetySettings(settings, records.saveSettings(settings, expectedVersion)));
    }

    @Override
    public Licence recordPractitionerLicence(Caller caller, PractitionerId practitioner, Licence licence) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            practitioners.find(practitioner).orElseThrow(() -> new NotFoundException("practitioner", practitioner));
            records.savePractitionerLicence(practitioner, licence);
            return licence;
        });
    }

    @Override
    public Optional<Licence> practitionerLicence(Caller caller, PractitionerId practitioner) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> records.practitionerLicence(practitioner));
    }

    @Override
    public Licence recordPremisesLicence(Caller caller, LocationId location, Licence licence) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            locations.find(location).orElseThrow(() -> new NotFoundException("location", location));
            records.savePremisesLicence(location, licence);
            return licence;
        });
    }

    @Override
    public Optional<Licence> premisesLicence(Caller caller, LocationId location) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> records.premisesLicence(location));
    }
}
