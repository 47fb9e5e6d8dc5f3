package com.laca.bootstrap.demo;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.academy.port.in.TakeAssessmentUseCase;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.consent.port.in.ConsentTemplateUseCase;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import com.laca.domain.tenancy.Tenant;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the platform administrator exists and, when demo data is on, the two demonstration clinics; tells the
 * operator how to sign in. Runs after the migrations, once per start, and changes nothing on later starts.
 */
@ApplicationScoped
public class StartupData {

    static final String PLATFORM_SLUG = "platform";
    static final String ADMIN_PASSWORD_FILE = "platform-admin-password.txt";
    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @Inject
    TransactionRunner tx;
    @Inject
    TenantRepository tenants;
    @Inject
    StaffAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    ManageLocationsUseCase locations;
    @Inject
    ManagePractitionersUseCase practitioners;
    @Inject
    ManageResourcesUseCase resources;
    @Inject
    ManageTreatmentsUseCase treatments;
    @Inject
    ManageScheduleUseCase schedule;
    @Inject
    ManageCoursesUseCase academyCourses;
    @Inject
    ManageEnrolmentsUseCase academyEnrolments;
    @Inject
    LearningUseCase academyLearning;
    @Inject
    CertificatesUseCase academyCertificates;
    @Inject
    ManageAssessmentsUseCase academyAssessments;
    @Inject
    TakeAssessmentUseCase academyTaking;
    @Inject
    FindAvailabilityQuery availability;
    @Inject
    BookAppointmentUseCase booking;
    @Inject
    RecordConsultationUseCase consultations;
    @Inject
    ScreeningUseCase screenings;
    @Inject
    ConsentTemplateUseCase consentTemplates;
    @Inject
    SafetySettingsUseCase safetySettings;
    @Inject
    Clock clock;
    @Inject
    CurrentEntityManager currentEntityManager;
    @Inject
    EditClientUseCase editClients;
    @Inject
    ConsentUseCase consents;

    @Inject
    @ConfigProperty(name = "laca.platform.admin.email")
    String adminEmail;
    @Inject
    @ConfigProperty(name = "laca.platform.admin.password")
    Optional<String> adminPassword;
    @Inject
    @ConfigProperty(name = "laca.data.dir")
    String dataDir;
    @Inject
    @ConfigProperty(name = "laca.demo.owner-password")
    String demoOwnerPassword;

    /** Creates what is missing; {@code demo} says whether the demonstration clinics belong on this database. */
    public void ensure(boolean demo) {
        InitialAccounts initial = new InitialAccounts(tx, tenants, accounts, hasher);
        if (initial.find(PLATFORM_SLUG).isEmpty()) {
            String password = adminPassword.orElseGet(StartupData::randomPassword);
            String where = adminPassword.isPresent() ? "the configured password"
                    : "the generated password in " + writeOwnerOnly(Path.of(dataDir, ADMIN_PASSWORD_FILE), password);
            initial.create(PLATFORM_SLUG, "LACA platform", adminEmail, "Platform administrator", Role.PLATFORM_ADMIN,
                    password);
            LOG.info(() -> "LACA platform administrator created: tenant '" + PLATFORM_SLUG + "', e-mail " + adminEmail
                    + ", " + where);
        }
        if (demo) {
            boolean fresh = initial.find(DemoClinics.DEMO_SLUG).isEmpty();
            new DemoClinics(initial, locations, practitioners, resources, treatments, schedule).ensure(demoOwnerPassword);
            if (fresh) {
                seedClinicalSafety(initial);
                seedConsent(initial);
                seedRecords(initial);
                seedDeposits(initial);
            }
            initial.find(DemoClinics.DEMO_SLUG).ifPresent(clinic -> new DemoAcademy(tx, accounts, hasher,
                    academyCourses, academyEnrolments, academyLearning, academyCertificates, clock)
                    .ensure(clinic, demoOwnerPassword));
            initial.find(DemoClinics.DEMO_SLUG).ifPresent(this::seedAcademyExam);
            LOG.info(() -> "LACA demo data: sign in with POST /api/auth/login {\"tenant\": \"" + DemoClinics.DEMO_SLUG
                    + "\", \"email\": \"" + DemoClinics.DEMO_OWNER + "\", \"password\": \"" + demoOwnerPassword
                    + "\"}; second clinic '" + DemoClinics.OTHER_SLUG + "' (" + DemoClinics.OTHER_OWNER
                    + ", same password)");
        }
    }

    /** The demo academy's final exam; a failure is logged, not fatal, because the academy is usable without it. */
    private void seedAcademyExam(Tenant clinic) {
        try {
            new DemoAssessments(tx, accounts, academyCourses, academyAssessments, academyTaking).ensure(clinic);
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the academy's final exam could not be created: " + e);
        }
    }

    /**
     * The demo clinic's prescribers and clients in each safety state; a failure is logged, not fatal, because the
     * clinic itself is usable without them.
     */
    private void seedClinicalSafety(InitialAccounts initial) {
        try {
            new DemoClinicalSafety(practitioners, treatments, availability, booking, consultations, screenings, clock)
                    .seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
            LOG.info("LACA demo data: clinical-safety clients in each state (names in docs/clinical-safety.md; "
                    + "never in the log)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the clinical-safety clients could not be created: "
                    + e.getClass().getName() + (e.getCause() == null ? "" : ", caused by "
                    + e.getCause().getClass().getName()));
        }
        try {
            new DemoLegalGates(practitioners, locations, safetySettings, clock)
                    .seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the demo licences could not be recorded: " + e.getClass().getName());
        }
    }

    /** The demo treatments' deposits (issue 9), set last so the seeded bookings above stay as they were. */
    private void seedDeposits(InitialAccounts initial) {
        try {
            new DemoDeposits(treatments).seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
            LOG.info("LACA demo data: deposits on toxin, filler, peel and laser (see README, the front desk)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the demo deposits could not be set: " + e.getClass().getName());
        }
    }

    /** The demo clinic's consent forms; a failure is logged, not fatal, like the clinical-safety clients. */
    private void seedConsent(InitialAccounts initial) {
        try {
            new DemoConsent(consentTemplates).seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
            LOG.info("LACA demo data: consent forms for toxin, filler, peel and laser (see docs/clinical-safety.md)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the consent forms could not be created: " + e);
        }
    }

    /** The demo clinic's clients with treatment records (issue 11); logged without names, failure not fatal. */
    private void seedRecords(InitialAccounts initial) {
        try {
            new DemoRecords(tx, currentEntityManager, locations, practitioners, treatments, editClients, consents,
                    clock).seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
            LOG.info("LACA demo data: a client with a signed treatment record (batch " + DemoRecords.DEMO_LOT
                    + ") and completed appointments awaiting their records (see docs/client-records.md)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the treatment-record clients could not be created: "
                    + e.getClass().getName());
        }
    }

    /** Keeps a generated secret out of the logs: only its owner can read the file, and the log names the file. */
    private static Path writeOwnerOnly(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file).toFile().setReadable(true, true);
            }
            Files.writeString(file, secret + System.lineSeparator());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the platform administrator's password to " + file, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
