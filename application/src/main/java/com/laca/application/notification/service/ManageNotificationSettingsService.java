package com.laca.application.notification.service;

import com.laca.application.notification.port.in.ManageNotificationSettingsUseCase;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.TreatmentNaming;
import java.util.Objects;

/** Reads and stores a clinic's notification choices in its own transaction, for owners and managers only. */
public final class ManageNotificationSettingsService implements ManageNotificationSettingsUseCase {

    private final TransactionRunner tx;
    private final NotificationSettingsRepository settings;

    public ManageNotificationSettingsService(TransactionRunner tx, NotificationSettingsRepository settings) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public TreatmentNaming treatmentNaming(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), settings::treatmentNaming);
    }

    @Override
    public void setTreatmentNaming(Caller caller, TreatmentNaming naming) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(naming, "naming");
        tx.inTenant(caller.tenantId(), () -> {
            settings.saveTreatmentNaming(naming);
            return null;
        });
    }
}
