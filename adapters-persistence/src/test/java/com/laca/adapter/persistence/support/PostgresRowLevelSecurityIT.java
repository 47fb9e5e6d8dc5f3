package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.persistence.academy.JpaAcademyStores;
import com.laca.adapter.persistence.booking.JpaIdempotentAnswers;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.assessment.RegradeAudit;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.academy.course.CompletedBy;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentRoute;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.booking.Client;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.Signature;
import com.laca.domain.records.TreatmentContext;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.ChangeKind;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.FieldChange;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;

import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.adapter.persistence.notification.JpaMessageTemplateRepository;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.MessageTemplateRepository.StoredTemplate;
import com.laca.application.notification.port.out.TemplateKey;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.TreatmentNaming;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.Recipient;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.ChangeKind;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.FieldChange;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.safety.Answer;
import com.laca.domain.safety.Answers;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.QuestionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;


/**
 * Proves row-level security holds on its own, below the application: SQL run directly as the application role sees
 * no tenant's rows unless the transaction names the tenant, then only that tenant's, and the role cannot switch it off.
 */
class PostgresRowLevelSecurityIT {

    private static final List<String> TENANT_TABLES = List.of("staff_accounts", "refresh_tokens", "one_time_tokens",
            "locations", "practitioners", "practitioner_locations", "resources", "treatments", "clients",
            "appointments", "appointment_resources", "working_hours", "day_overrides", "time_off", "closures",
            "resource_blocks", "booking_policies", "payment_ledgers", "payment_ledger_entries", "payment_intents",
            "reference_versions",
            // client records (issue 11)
            "client_possible_duplicates", "client_changes", "client_name_words", "client_name_word_pairs",
            "client_notes", "access_audit",
            // notifications (issue 12)
            "notification_messages", "notification_templates", "notification_settings",
            // clinical safety (issue 10)
            "prescriber_registrations", "prescriber_consultations", "screenings", "prescriber_decisions",
            // issue 10: the remaining legal gates and settings
            "client_id_checks", "doctors_directions", "prescriptions", "cosmetic_licences", "safety_settings",
            // academy
            "academy_courses", "academy_course_versions", "academy_enrolments", "academy_lesson_completions",
            "academy_certificates", "academy_certificate_status",
            // --- issue 14 leftovers: assessments ---
            "academy_question_banks", "academy_questions", "academy_assessments", "academy_attempts",
            "academy_regrade_audits",
            // Idempotency-Key answers (issue 9 item 14)
            "idempotent_answers",
            // --- issue 10: consent and the clinical audit log ---
            "consent_templates", "consents", "clinical_audit_log",
            // --- issue 11: treatment records ---
            "treatment_records", "treatment_record_products", "clinical_photos",
            // --- issue 9 (desk): cancellation records and appointment notes ---
            "appointment_cancellations", "appointment_notes",
            // --- issue 15: drafted treatment descriptions ---
            "treatment_description_drafts",
            // --- issue 14: academy practice ---
            "academy_registrations", "academy_case_log", "academy_osce_sittings", "academy_attempt_overrides",
            // --- issue 11: erasure requests and legal holds ---
            "client_erasure_steps", "client_legal_holds",
            // --- issue 11: the retention job's log ---
            "clinical_purges",
            // --- issue 14: each clinic's own credential-signing key ---
            "academy_issuer_keys");
    /** The clinical tables the retention job may delete from (issue 11), children before parents. */
    private static final List<String> PURGED_TABLES = List.of("treatment_record_products", "treatment_records",
            "clinical_photos", "prescriber_decisions", "screenings", "consents", "client_notes", "prescriptions",
            "prescriber_consultations", "doctors_directions", "client_id_checks");
    /** Tables every clinic's public page reads (issue 15): readable by all, written only by their own tenant. */
    private static final List<String> PUBLIC_READ_TABLES = List.of("tenant_brandings");

    private static PostgresTestDatabase database;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void storeRowsForTwoTenants() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        try (JpaPersistencePorts adapter = new JpaPersistencePorts(database.appDataSource())) {
            tenantA = storeClinic(adapter);
            tenantB = storeClinic(adapter);
        }
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    /** Stores one row in every tenant-owned table for a new tenant, through the adapter as the application runs it. */
    private static TenantId storeClinic(JpaPersistencePorts adapter) {
        Tenant tenant = new Tenant(TenantId.random(), new TenantSlug("rls-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        adapter.tx().inTenant(tenant.id(), () -> {
            adapter.tenants().insert(tenant);
            StaffAccount owner = new StaffAccount(UserId.random(), tenant.id(),
                    new EmailAddress("owner@clinic.example"), "Owner", Set.of(Role.OWNER), null, true);
            adapter.staffAccounts().insert(owner);
            adapter.refreshTokens().insert(new StoredRefreshToken(UUID.randomUUID(), tenant.id(), owner.id(),
                    UUID.randomUUID(), UUID.randomUUID().toString(), now, now.plusSeconds(60), now.plusSeconds(60),
                    null, null));
            adapter.oneTimeTokens().insert(new StoredOneTimeToken(UUID.randomUUID(), tenant.id(), owner.id(),
                    UUID.randomUUID().toString(), now.plusSeconds(60), null));
            Location location = new Location(LocationId.random(), "Bath",
                    new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"), ZoneId.of("Europe/London"), true, 0);
            adapter.locations().insert(location);
            Practitioner ana = new Practitioner(PractitionerId.random(), "Dr Ana", Set.of(Qualification.DOCTOR),
                    Set.of(location.id()), true, 0);
            adapter.practitioners().insert(ana);
            Resource room = new Resource(ResourceId.random(), location.id(), "Room 1",
                    new ResourceType("TREATMENT_ROOM"), true, 0);
            adapter.resources().insert(room);
            Treatment consultation = new Treatment(TreatmentId.random(), "Consultation",
                    TreatmentCategory.CONSULTATION, null, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO,
                    Money.of(0, "GBP"), null, Set.of(), BookingWindow.DEFAULT, true, 0);
            adapter.treatments().insert(consultation);
            Client client = new Client(ClientId.random(), tenant.id(), "Cara", "Client",
                    new EmailAddress("cara@example.com"), new PhoneNumber("07700 900123"), LocalDate.of(1990, 1, 1));
            adapter.clients().insert(client);
            Client namesake = new Client(ClientId.random(), tenant.id(), "Mallory", "Other",
                    new EmailAddress("cara@example.com"), new PhoneNumber("07911 123456"), LocalDate.of(1970, 6, 1));
            adapter.clients().insert(namesake);
            adapter.clients().flagPossibleDuplicates(namesake.id(), List.of(client.id()), now);
            adapter.clientProfiles().append(new ClientChange(client.id(), ChangeKind.EDITED, owner.id(), now,
                    List.of(new FieldChange(ClientField.LAST_NAME, "Klient", "Client")), Optional.empty()));
            StaffNote note = StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL, "Clinical", owner.id(),
                    now);
            adapter.staffNotes().add(note);
            adapter.accessAudit().append(AccessAuditEntry.read(AuditEntryId.random(), owner.id(), client.id(),
                    AccessedRecord.CLINICAL_NOTE, note.id().value(), AccessReason.DIRECT_CARE, now));
            TimeRange slot = new TimeRange(Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-01T09:30:00Z"));
            AppointmentId appointment = AppointmentId.random();
            adapter.appointments().insert(Appointment.confirmed(new AppointmentDetails(appointment,
                    tenant.id(), location.id(), consultation.id(), client.id(), ana.id(), List.of(room.id()), slot,
                    Duration.ZERO, Duration.ZERO, AgreedTerms.offered(consultation, BookingPolicy.DEFAULT))),
                    UUID.randomUUID().toString());
            adapter.schedules().replaceWorkingHours(ana.id(), List.of(new WorkingHours(ana.id(), location.id(),
                    DayOfWeek.MONDAY, List.of(TimeWindow.of("09:00", "17:00")), DateRange.always())));
            adapter.schedules().putOverride(DayOverride.closed(ana.id(), location.id(), LocalDate.of(2026, 6, 2)));
            adapter.schedules().addTimeOff(new Scheduled<>(UUID.randomUUID(), new TimeOff(ana.id(), slot)));
            adapter.schedules().putClosure(new Closure(LocalDate.of(2026, 12, 25), "Christmas Day"));
            adapter.schedules().addResourceBlock(new Scheduled<>(UUID.randomUUID(), new ResourceBlock(room.id(),
                    slot)), location.id());
            adapter.bookingPolicies().put(BookingPolicy.DEFAULT);
            adapter.referenceDataVersion().bump();
            adapter.brandings().put(Branding.defaults(tenant.id()));
            Practitioner prescriber = new Practitioner(PractitionerId.random(), "Priya Shah RN",
                    Set.of(Qualification.NURSE, Qualification.PRESCRIBER), Set.of(location.id()), true, 0);
            adapter.practitioners().insert(prescriber);
            PrescriberRegistration nmc = new PrescriberRegistration(RegisterBody.NMC, "12A3456E");
            adapter.clinicalRecords().saveRegistration(prescriber.id(), nmc);
            Consultation consulted = new Consultation(ConsultationId.random(), client.id(),
                    TreatmentCategory.ANTI_WRINKLE, Prescriber.of(prescriber, nmc), ConsultationMode.FACE_TO_FACE,
                    now);
            adapter.clinicalRecords().insertConsultation(consulted);
            // --- issue 10: the remaining legal gates and settings ---
            adapter.clinicalRecords().insertIdCheck(new IdCheck(IdCheckId.random(), client.id(), owner.id(), now,
                    IdDocumentType.PASSPORT, client.dateOfBirth()));
            adapter.clinicalRecords().insertDirection(new DoctorsDirection(client.id(), TreatmentCategory.ANTI_WRINKLE,
                    "Dr Amelia Hart", new PrescriberRegistration(RegisterBody.GMC, "7012345"), "Medical need.",
                    owner.id(), now));
            adapter.clinicalRecords().insertPrescription(new Prescription(PrescriptionId.random(), consulted,
                    consulted.prescriber(), client.id(), "Botulinum toxin type A", now));
            Licence licence = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2030, 1, 1),
                    LocalDate.of(2030, 1, 1), Set.of(TreatmentCategory.ANTI_WRINKLE));
            adapter.clinicalRecords().savePractitionerLicence(prescriber.id(), licence);
            adapter.clinicalRecords().savePremisesLicence(location.id(), licence);
            adapter.clinicalRecords().saveSettings(SafetySettings.defaults(), 0);
            Screening screening = Screening.answered(ScreeningId.random(), client.id(), "2026.1",
                    Set.of(TreatmentCategory.DERMAL_FILLER), Answers.reconstitute(Map.of(
                            new QuestionId("anticoagulants"), new Answer.YesNo(true))), now);
            adapter.clinicalRecords().insertScreening(screening);
            adapter.clinicalRecords().insertDecision(client.id(), new PrescriberDecision(PrescriberDecisionId.random(),
                    screening.id(), "anticoagulants-injectables", "2026.1", Prescriber.of(prescriber, nmc),
                    PrescriberDecision.Verdict.APPROVED, "Reviewed.", now));
            // --- issue 10: a consent form version, a consent record and a clinical audit entry ---
            com.laca.domain.consent.ConsentTemplate form = new com.laca.domain.consent.ConsentTemplate(
                    com.laca.domain.consent.ConsentTemplateId.random(), TreatmentCategory.DERMAL_FILLER, "GB-ENG", 1,
                    LocalDate.of(2026, 1, 1), "Filler consent", List.of());
            new com.laca.adapter.persistence.consent.JpaConsentTemplateRepository(adapter.current(),
                    java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).insert(form);
            new com.laca.adapter.persistence.consent.JpaConsentRecordRepository(adapter.current()).insert(appointment,
                    com.laca.domain.consent.ConsentRecord.informationGiven(com.laca.domain.consent.ConsentId.random(),
                            client.id(), new com.laca.domain.consent.CourseId(appointment.value()), form, now));
            new com.laca.adapter.persistence.safety.JpaAuditLogRepository(adapter.current()).append(
                    com.laca.domain.safety.AuditEntry.first(tenant.id(), now, com.laca.domain.safety.AuditEventType.CHECK_IN,
                            "appointment:" + appointment, "system", Map.of()));
            PaymentIntentId intent = PaymentIntentId.of("pi_" + UUID.randomUUID());
            adapter.paymentIntents().add(new PaymentIntentRecord(intent, appointment, Money.of(1_000, "GBP"),
                    IntentStatus.SUCCEEDED, now));
            // --- issue 11: a signed treatment record with one product ---
            ProductUse peel = new ProductUse("TCA 15%", "Maker", new LotNumber("L1"), LocalDate.of(2027, 1, 1),
                    List.of());
            adapter.treatmentRecords().add(new TreatmentRecord(TreatmentRecordId.random(),
                    new TreatmentContext(appointment, client.id(), ana.id(), TreatmentCategory.CHEMICAL_PEEL,
                            LocalDate.of(2026, 6, 1)),
                    new TreatmentDetails(List.of(peel), Optional.empty(), Optional.empty(), List.of(),
                            Optional.empty()),
                    new Signature(ana.id(), now), Optional.empty()), owner.id());
            PhotoId photo = PhotoId.random();
            adapter.clinicalPhotos().add(new ClinicalPhoto(photo, client.id(), appointment, PhotoKind.BEFORE,
                    PhotoFormat.JPEG, 10, 10, 100, "b".repeat(64), "photos/" + photo + ".jpg", owner.id(), now));
            storeAcademy(adapter, owner.id(), now);
            new JpaIdempotentAnswers(adapter.persistence(), adapter.current())
                    .claim("public", "key-1", "0".repeat(64), now, now, now);
            PaymentLedger ledger = adapter.paymentLedgers().lockOrOpen(appointment, Money.of(1_000, "GBP")).ledger();
            adapter.paymentLedgers().append(appointment, ((LedgerResult.Recorded) ledger.recordDepositPaid(
                    Money.of(1_000, "GBP"), now, intent.asReference())).entry());
            adapter.outbox().insert(OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenant.id(),
                    MessageKind.STAFF_INVITATION, Recipient.email(new EmailAddress("new@clinic.example")),
                    Optional.empty(), Locale.UK, MessageFacts.builder().text(Facts.STAFF_NAME, "Sam")
                    .link(Facts.INVITATION_LINK, URI.create("https://app.example/invite/x"))
                    .moment(Facts.LINK_EXPIRES_AT, now, ZoneId.of("Europe/London")).build(), now), Duration.ZERO));
            new JpaMessageTemplateRepository(adapter.current()).save(new StoredTemplate(
                    new TemplateKey("reminder", Channel.SMS, Locale.UK),
                    new MessageTemplate(Channel.SMS, Optional.empty(), "See you soon", Optional.empty())));
            adapter.notificationSettings().saveTreatmentNaming(TreatmentNaming.HIDE_ALL);
            // --- issue 9 (desk): why the appointment was cancelled, and a staff-only note on it ---
            adapter.deskRecords().recordCancellation(new com.laca.domain.booking.CancellationRecord(appointment,
                    com.laca.domain.booking.CancellationReason.ILLNESS, Optional.empty(), Optional.of(owner.id()),
                    now));
            adapter.deskRecords().addNote(new com.laca.domain.booking.AppointmentNote(UUID.randomUUID(), appointment,
                    "Prefers the afternoon", owner.id(), now));
            // --- issue 11: an erasure request and a legal hold ---
            new com.laca.adapter.persistence.records.JpaLegalHoldRepository(adapter.current()).place(client.id(),
                    com.laca.domain.records.LegalHold.place(com.laca.domain.records.LegalHoldId.random(),
                            "complaint", owner.id(), now));
            new com.laca.adapter.persistence.records.JpaClinicalRecordPurgeRepository(adapter.persistence(),
                    adapter.current()).record(com.laca.domain.records.ClinicalPurgeStep.purged(client.id(),
                    com.laca.domain.records.RecordPart.PHOTOS, 1, new com.laca.domain.records.PurgeDecision.Purgeable(
                    java.time.LocalDate.of(2034, 6, 11), com.laca.domain.records.RetentionBasis.ADULT_HEALTH_RECORD),
                    now));
            new com.laca.adapter.persistence.records.JpaErasureRequestRepository(adapter.current()).insert(
                    new com.laca.domain.records.ErasureRequest(com.laca.domain.records.ErasureRequestId.random(),
                            client.id(), now, owner.id(), List.of(com.laca.domain.records.ErasureStep.eraseNow(
                                    com.laca.domain.records.RecordPart.MARKETING_CONSENT))));
            // --- issue 15: a drafted treatment description ---
            new com.laca.adapter.persistence.clinic.JpaDescriptionDraftRepository(adapter.current()).insert(
                    com.laca.domain.clinic.DescriptionDraft.drafted(com.laca.domain.clinic.DescriptionDraftId.random(),
                            consultation.id(), "A first talk.", com.laca.domain.clinic.DescriptionDraft.Source.TEMPLATE,
                            owner.id(), now));
            // --- issue 14: the clinic's credential-signing key (its private half sealed) ---
            new com.laca.adapter.persistence.academy.JpaIssuerKeyRepository(adapter.persistence(), adapter.current())
                    .addIfAbsent(new com.laca.application.academy.port.out.IssuerKey("kid-" + tenant.id(),
                            "{\"kty\":\"RSA\"}", "v1:sealed", now));
            return null;
        });
        return tenant.id();
    }

    /** A course with a version, an enrolment and a lesson completion, through the academy's JPA stores. */
    private static void storeAcademy(JpaPersistencePorts adapter, UserId learner, Instant now) {
        JpaAcademyStores academy = new JpaAcademyStores(adapter);
        Course course = new Course(CourseId.random(), "Toxin", false, AccessRule.none());
        academy.courses().insert(course);
        LessonId lesson = LessonId.random();
        academy.courses().insertVersion(new CourseVersion(course.id(), 1, List.of(new CourseModule(ModuleId.random(),
                "Module", List.of(new Lesson(lesson, "Read", true, new LessonContent.Reading("Text."))))),
                new CpdFacts(BigDecimal.ONE, BigDecimal.ZERO, "Body", "N-1", CourseLevel.FOUNDATION,
                        Set.of(Profession.NURSE)), CompletionRequirements.lessonsOnly(), Optional.empty()));
        academy.enrolments().insert(new Enrolment(EnrolmentId.random(), course.id(), learner, EnrolmentRoute.BY_STAFF,
                EnrolmentStatus.ACTIVE, now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        academy.lessonCompletions().record(course.id(), new LessonCompletion(lesson, learner, now,
                CompletedBy.LEARNER));
        Certificate certificate = new Certificate(CertificateId.random(), new CertificateKey(learner, course.id(), 1, 1),
                1, VerificationCode.generate(new java.security.SecureRandom()), new CertificateSnapshot("Ana", "Toxin",
                "Clinic", "Body", "N-1", BigDecimal.ONE, BigDecimal.ZERO), now, Optional.empty(), List.of());
        academy.certificates().insert(certificate);
        academy.certificates().appendStatus(certificate.id(), 0, new StatusChange(StatusChange.Action.REVOKED, now,
                learner, StatusCause.STAFF_DECISION, "Test"));
        // --- issue 14 leftovers: a bank, a question, an assessment, an attempt and a regrade audit entry ---
        var bank = new QuestionBank(QuestionBankId.random(), "Bank");
        academy.questionBanks().insertBank(bank);
        var question = TrueFalseQuestion.of(new QuestionKey(com.laca.domain.academy.QuestionId.random(), 1), "True?",
                Fraction.ONE, true);
        academy.questionBanks().insertQuestion(bank.id(), question);
        var assessment = new Assessment(AssessmentId.random(), "Quiz", AssessmentKind.FORMATIVE,
                GradingScheme.passingAt("50"), GradingMethod.LAST, AttemptRules.unrestricted(),
                Blueprint.inOrder(List.of(new QuestionSlot.Fixed(question.id()))));
        academy.assessments().insert(new CourseAssessment(course.id(), assessment));
        var attempt = ((AttemptResult.Applied) Attempt.start(AttemptId.random(), assessment, learner, List.of(),
                AttemptOverride.none(), List.of(new PinnedQuestion(question.key(), List.of())), now)).attempt();
        academy.attempts().insert(attempt);
        academy.assessments().insertAudit(new RegradeAudit(assessment.id(), learner, now, "Test", "0 attempts",
                List.of()));
        // --- issue 14: academy practice: a registration, a case and an OSCE sitting ---
        academy.registrations().save(learner, ProfessionalRegistration.claimed(RegulatoryBody.NMC, "01A2345N"));
        academy.caseLog().insert(new CaseLogEntry(CaseLogEntryId.random(), learner, course.id(), Modality.OBSERVED,
                "Glabella", now, new PatientReference("TOX-0001"), Set.of(), Set.of(), Optional.empty(),
                Optional.empty()));
        academy.sittings().insert(course.id(), OsceStationId.random(), learner, new OsceResult(1, true, learner, now,
                Optional.empty()));
        academy.overrides().save(new LearnerOverride(assessment.id(), learner, new AttemptOverride(Duration.ZERO, 1),
                learner, now, "Resit"));
    }

    @Test
    @DisplayName("the application role cannot change a published course version, a lesson completion, a certificate "
            + "or its history, an OSCE sitting, nor delete academy records")
    void academyHistoryIsWriteOnce() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            for (String statement : List.of("update academy_course_versions set content = content",
                    "update academy_lesson_completions set completed_by = completed_by",
                    "delete from academy_lesson_completions", "delete from academy_enrolments",
                    "delete from academy_courses", "delete from academy_course_versions",
                    "update academy_certificates set learner_name = 'Forged'", "delete from academy_certificates",
                    "update academy_certificate_status set reason = reason", "delete from academy_certificate_status",
                    "update academy_questions set document = document", "delete from academy_questions",
                    "update academy_regrade_audits set reason = reason", "delete from academy_regrade_audits",
                    "delete from academy_attempts", "delete from academy_assessments",
                    "update academy_osce_sittings set passed = passed", "delete from academy_osce_sittings",
                    "delete from academy_case_log", "delete from academy_registrations")) {
                assertThatThrownBy(() -> execute(app, statement)).as(statement).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    @DisplayName("every tenant-owned table holds rows of both tenants (seen past RLS by the admin)")
    void bothTenantsHaveRows() throws SQLException {
        try (Connection admin = database.adminDataSource().getConnection()) {
            for (String table : TENANT_TABLES) {
                assertThat(count(admin, "select count(distinct tenant_id) from " + table)).as(table).isEqualTo(2);
            }
        }
    }

    @Test
    @DisplayName("the application role with no tenant set sees no row of any tenant-owned table")
    void noTenantNoRows() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            for (String table : TENANT_TABLES) {
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
            }
        }
    }

    @Test
    @DisplayName("with tenant A set for the transaction, the role sees A's rows only, and nothing after commit")
    void tenantSetSeesOwnRowsOnly() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, tenantA.toString());
            for (String table : TENANT_TABLES) {
                assertThat(count(app, "select count(*) from " + table)).as(table).isPositive();
                assertThat(count(app, "select count(*) from " + table + " where tenant_id <> '" + tenantA + "'"))
                        .as(table).isZero();
            }
            app.commit();
            assertThat(count(app, "select count(*) from locations")).isZero();
        }
    }

    @Test
    @DisplayName("platform work (tenant set to empty) sees no tenant's rows")
    void platformSeesNoRows() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, "");
            for (String table : TENANT_TABLES) {
                assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
            }
            app.rollback();
        }
    }

    @Test
    @DisplayName("with tenant A set, the role cannot write a row for tenant B")
    void cannotWriteForAnotherTenant() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, tenantA.toString());
            assertThatThrownBy(() -> execute(app, "insert into locations (tenant_id, id, name, line1, city, postcode,"
                    + " country, zone, active, version) values ('" + tenantB + "', '" + UUID.randomUUID()
                    + "', 'Forged', 'x', 'x', 'x', 'GB', 'Europe/London', true, 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    @DisplayName("the application role cannot erase webhook history, appointments, ledgers or prescriber "
            + "consultations")
    void cannotEraseHistory() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            for (String statement : List.of("delete from processed_payment_events", "update payment_intent_routes"
                    + " set owner_tenant_id = owner_tenant_id", "delete from appointments", "delete from payment_ledgers",
                    "delete from clients", "delete from tenants",
                    // client records (issue 11): the edit history is append-only
                    "delete from client_changes", "update client_changes set kind = kind",
                    "update client_notes set note_text = 'x'",
                    // --- issue 11: erasure steps and legal holds are records of what was done ---
                    "delete from client_erasure_steps", "update client_erasure_steps set part = part",
                    "delete from client_legal_holds", "update client_legal_holds set reason = 'x'",
                    // --- issue 9 (desk): what the desk recorded stays as written ---
                    "delete from appointment_cancellations", "update appointment_cancellations set reason = reason",
                    "delete from appointment_notes", "update appointment_notes set note_text = 'x'",
                    "delete from access_audit", "update access_audit set reason = 'DIRECT_CARE'",
                    // --- issue 11: a signed treatment record is never changed or deleted ---
                    "update treatment_records set details = details",
                    "update treatment_record_products set lot = lot", "update clinical_photos set sha256 = sha256",
                    // --- issue 11: the retention job's log is append-only ---
                    "delete from clinical_purges", "update clinical_purges set part = part",
                    // clinical safety (issue 10); consultations go only in a purge (clinicalRowsGoOnlyInAPurgeWithNoHold)
                    "update prescriber_consultations set mode = 'FACE_TO_FACE'", "delete from prescriber_registrations",
                    "update screenings set answers = ''", "update prescriber_decisions set verdict = 'APPROVED'",
                    // issue 10: ID checks, doctor's directions and prescriptions are evidence
                    "update client_id_checks set document_type = 'PASSPORT'",
                    "update doctors_directions set reason = 'x'", "update prescriptions set product = 'x'",
                    "delete from cosmetic_licences", "delete from safety_settings",
                    // --- issue 10: consent templates are versioned, consents kept, the audit log append-only ---
                    "delete from consent_templates", "update consent_templates set title = 'x'",
                    "delete from clinical_audit_log",
                    "update clinical_audit_log set details = ''",
                    // --- issue 14: a clinic's credential key is kept as made (issued credentials name it) ---
                    "delete from academy_issuer_keys", "update academy_issuer_keys set public_jwk = public_jwk")) {
                assertThatThrownBy(() -> execute(app, statement)).as(statement).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    @DisplayName("the application role cannot disable or unforce row-level security, nor drop a policy")
    void cannotSwitchOff() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            for (String table : TENANT_TABLES) {
                assertThatThrownBy(() -> execute(app, "alter table " + table + " disable row level security"))
                        .as(table).isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
                assertThatThrownBy(() -> execute(app, "alter table " + table + " no force row level security"))
                        .as(table).isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
                assertThatThrownBy(() -> execute(app, "drop policy tenant_isolation on " + table))
                        .as(table).isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            }
        }
    }

    @Test
    @DisplayName("a clinic's branding is readable by anyone but written only in its own tenant's transaction")
    void publicReadTablesAreWrittenByTheirTenantOnly() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            for (String table : PUBLIC_READ_TABLES) {
                assertThat(count(app, "select count(*) from " + table + " where tenant_id in ('" + tenantA + "', '"
                        + tenantB + "')")).as(table).isEqualTo(2);
            }
            app.setAutoCommit(false);
            setTenant(app, tenantA.toString());
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate("update tenant_brandings set display_name = 'Taken over'"
                        + " where tenant_id = '" + tenantB + "'")).isZero();
            }
            app.rollback();
        }
    }

    @Test
    @DisplayName("every table with a tenant_id column has forced row-level security, and the app role owns nothing")
    void schemaIsCovered() throws SQLException {
        try (Connection admin = database.adminDataSource().getConnection()) {
            List<String> withTenant = strings(admin, "select c.relname from pg_class c"
                    + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'"
                    + " where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' order by 1");
            List<String> unprotected = strings(admin, "select c.relname from pg_class c"
                    + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'"
                    + " where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'"
                    + " and not (c.relrowsecurity and c.relforcerowsecurity)");

            List<String> expected = new ArrayList<>(TENANT_TABLES);
            expected.addAll(PUBLIC_READ_TABLES);
            assertThat(withTenant).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(unprotected).isEmpty();
            assertThat(count(admin, "select count(*) from pg_tables where tableowner = '"
                    + PostgresTestDatabase.APP_ROLE + "'")).isZero();
        }
    }

    @Test
    @DisplayName("the application role may delete a general note (an erasure request) but never a clinical or alert "
            + "note, and only in its own tenant")
    void onlyGeneralNotesAreErasable() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, tenantA.toString());
            String client = strings(app, "select client_id from client_notes limit 1").get(0);
            String author = strings(app, "select author_id from client_notes limit 1").get(0);
            execute(app, "insert into client_notes (tenant_id, id, client_id, kind, note_text, author_id, written_at)"
                    + " values ('" + tenantA + "', '" + UUID.randomUUID() + "', '" + client + "', 'GENERAL',"
                    + " 'Prefers mornings', '" + author + "', now())");
            long clinical = count(app, "select count(*) from client_notes where kind <> 'GENERAL'");
            assertThat(clinical).isPositive();

            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate("delete from client_notes")).isEqualTo(1);
            }

            assertThat(count(app, "select count(*) from client_notes where kind = 'GENERAL'")).isZero();
            assertThat(count(app, "select count(*) from client_notes")).isEqualTo(clinical);
            app.rollback();
        }
    }

    @Test
    @DisplayName("the application role deletes clinical rows only in a transaction declared a purge, never those of a "
            + "client under a standing legal hold, and then only in its own tenant")
    void clinicalRowsGoOnlyInAPurgeWithNoHold() throws SQLException {
        try (Connection app = database.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, tenantA.toString());
            long clinicalNotes = count(app, "select count(*) from client_notes where kind <> 'GENERAL'");
            assertThat(clinicalNotes).isPositive();
            for (String table : List.of("treatment_record_products", "treatment_records", "clinical_photos",
                    "prescriber_decisions", "screenings", "consents", "prescriptions", "prescriber_consultations",
                    "doctors_directions", "client_id_checks")) {
                assertThat(deleted(app, "delete from " + table)).as("no purge declared: " + table).isZero();
            }
            execute(app, "select set_config('app.clinical_purge', 'on', true)");
            for (String table : PURGED_TABLES) {
                assertThat(deleted(app, "delete from " + table + " where tenant_id = '" + tenantA + "'"))
                        .as("legal hold: " + table).isZero();
            }
            execute(app, "update client_legal_holds set released_at = now(), released_by = placed_by");
            for (String table : PURGED_TABLES) {
                deleted(app, "delete from " + table);
                assertThat(count(app, "select count(*) from " + table)).as("purged: " + table).isZero();
            }
            app.rollback();
        }
        try (Connection admin = database.adminDataSource().getConnection()) {
            for (String table : PURGED_TABLES) {
                assertThat(count(admin, "select count(distinct tenant_id) from " + table)).as(table).isEqualTo(2);
            }
        }
    }

    private static int deleted(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static void setTenant(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant);
            statement.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
