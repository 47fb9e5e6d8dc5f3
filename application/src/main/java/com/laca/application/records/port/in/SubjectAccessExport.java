package com.laca.application.records.port.in;

import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.StaffNote;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.Screening;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything held about one client (and the clients merged into it) at the moment of a subject-access request, with
 * the stored photos and consent documents named so an adapter can read them while it writes one machine-readable
 * archive, after the transaction that gathered the rest.
 *
 * @param client         the client's details and consents to marketing
 * @param merged         the records merged into it, each as it stood
 * @param history        every change to the details, oldest first
 * @param notes          every staff note, clinical ones included
 * @param appointments   the appointment history, latest first
 * @param appointmentNotes the front desk's staff-only notes on those appointments, oldest first
 * @param cancellations  who cancelled which of those appointments, when and why, oldest first
 * @param treatments     every treatment record, each with its corrections
 * @param photos         every clinical photo with its stored file
 * @param consents       every consent with its archived document, if one was archived
 * @param safety         screenings, prescriber decisions, ID checks, directions, consultations and prescriptions
 * @param accessAudit    who read the clinical record (the merged records' included) and why, this export included
 * @param exportedBy     the member of staff who exported
 * @param exportedAt     when
 */
public record SubjectAccessExport(ClientProfile client, List<ClientProfile> merged, List<ClientChange> history,
                                  List<StaffNote> notes, List<ClientAppointment> appointments,
                                  List<AppointmentNote> appointmentNotes, List<CancellationRecord> cancellations,
                                  List<TreatmentChart> treatments, List<Photo> photos, List<Consent> consents,
                                  Safety safety, List<AccessAuditEntry> accessAudit, UserId exportedBy,
                                  Instant exportedAt) {

    public SubjectAccessExport {
        Objects.requireNonNull(client, "client");
        merged = List.copyOf(merged);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        appointments = List.copyOf(appointments);
        appointmentNotes = List.copyOf(appointmentNotes);
        cancellations = List.copyOf(cancellations);
        treatments = List.copyOf(treatments);
        photos = List.copyOf(photos);
        consents = List.copyOf(consents);
        Objects.requireNonNull(safety, "safety");
        accessAudit = List.copyOf(accessAudit);
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    /**
     * A clinical photo and its stored file (metadata-free, as every upload is stored).
     *
     * @param photo the description
     * @param file  the image, read when the archive is written
     */
    public record Photo(ClinicalPhoto photo, StoredFile file) {

        public Photo {
            Objects.requireNonNull(photo, "photo");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A consent record and its archived document.
     *
     * @param record      the consent, with its signature and photo answers
     * @param appointment the appointment it was given for
     * @param document    the archived PDF, when it was archived; read when the archive is written
     */
    public record Consent(ConsentRecord record, AppointmentId appointment, Optional<StoredFile> document) {

        public Consent {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(appointment, "appointment");
            Objects.requireNonNull(document, "document");
        }
    }

    /** The safety area's evidence about the client, each list oldest first. */
    public record Safety(List<Screening> screenings, List<PrescriberDecision> decisions, List<IdCheck> idChecks,
                         List<DoctorsDirection> directions, List<Consultation> consultations,
                         List<Prescription> prescriptions) {

        public Safety {
            screenings = List.copyOf(screenings);
            decisions = List.copyOf(decisions);
            idChecks = List.copyOf(idChecks);
            directions = List.copyOf(directions);
            consultations = List.copyOf(consultations);
            prescriptions = List.copyOf(prescriptions);
        }
    }
}
