package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.records.JpaClientAppointmentHistory;
import com.laca.adapter.persistence.records.JpaClientProfileRepository;
import com.laca.adapter.persistence.records.JpaStaffNoteRepository;
import com.laca.adapter.persistence.records.JpaTreatmentRecordRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.records.port.in.AccessAuditUseCase;
import com.laca.application.records.port.in.ClientNotesUseCase;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.records.port.in.FindClientsUseCase;
import com.laca.application.records.port.in.MergeClientsUseCase;
import com.laca.application.records.port.in.TreatmentRecordsUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.service.AccessAuditService;
import com.laca.application.records.service.ClientNotesService;
import com.laca.application.records.service.EditClientService;
import com.laca.application.records.service.FindClientsService;
import com.laca.application.records.service.MergeClientsService;
import com.laca.application.records.service.TreatmentRecordsService;
import com.laca.application.shared.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The client-records area: client profiles and their history over JPA (the same clients a booking finds or creates),
 * staff notes and the access audit, and the services that search, edit, archive, merge and annotate them.
 */
@ApplicationScoped
public class RecordsWiring {

    private FindClientsService find;
    private EditClientService edit;
    private MergeClientsService merge;
    private ClientNotesService notes;
    private AccessAuditService audit;
    private TreatmentRecordsService treatmentRecords;

    RecordsWiring() {
        // for the CDI proxy
    }

    @Inject
    RecordsWiring(CurrentEntityManager current, TransactionRunner tx, Clock clock) {
        ClientProfileRepository profiles = new JpaClientProfileRepository(current, clock);
        find = new FindClientsService(tx, profiles, new JpaClientAppointmentHistory(current));
        edit = new EditClientService(tx, profiles, clock);
        merge = new MergeClientsService(tx, profiles, clock);
        AccessAuditRepository accessAudit = new JpaAccessAuditRepository(current);
        notes = new ClientNotesService(tx, profiles, new JpaStaffNoteRepository(current), accessAudit, clock);
        audit = new AccessAuditService(tx, profiles, accessAudit);
        treatmentRecords = new TreatmentRecordsService(tx, profiles, new JpaClientAppointmentHistory(current),
                new JpaTreatmentRecordRepository(current), accessAudit, clock);
    }

    @Produces
    FindClientsUseCase findClients() {
        return find;
    }

    @Produces
    EditClientUseCase editClient() {
        return edit;
    }

    @Produces
    MergeClientsUseCase mergeClients() {
        return merge;
    }

    @Produces
    ClientNotesUseCase clientNotes() {
        return notes;
    }

    @Produces
    AccessAuditUseCase accessAudit() {
        return audit;
    }

    @Produces
    TreatmentRecordsUseCase treatmentRecords() {
        return treatmentRecords;
    }
}
