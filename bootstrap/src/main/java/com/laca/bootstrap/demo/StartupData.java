package com.laca.bootstrap.demo;

import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
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
    FindAvailabilityQuery availability;
    @Inject
    BookAppointmentUseCase booking;
    @Inject
    RecordConsultationUseCase consultations;
    @Inject
    ScreeningUseCase screenings;
    @Inject
    SafetySettingsUseCase safetySettings;
    @Inject
    Clock clock;

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
            }
            initial.find(DemoClinics.DEMO_SLUG).ifPresent(clinic -> new DemoAcademy(tx, accounts, hasher,
                    academyCourses, academyEnrolments, academyLearning, academyCertificates, clock)
                    .ensure(clinic, demoOwnerPassword));
            LOG.info(() -> "LACA demo data: sign in with POST /api/auth/login {\"tenant\": \"" + DemoClinics.DEMO_SLUG
                    + "\", \"email\": \"" + DemoClinics.DEMO_OWNER + "\", \"password\": \"" + demoOwnerPassword
                    + "\"}; second clinic '" + DemoClinics.OTHER_SLUG + "' (" + DemoClinics.OTHER_OWNER
                    + ", same password)");
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
            new DemoLegalGates(practitioners, locations, safetySettings, clock)
                    .seed(initial.find(DemoClinics.DEMO_SLUG).orElseThrow());
            LOG.info("LACA demo data: clinical-safety clients Clara Clear, Blake Blocked, Rita Review, Dora Deferred "
                    + "and Uma Young (see docs/clinical-safety.md)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "LACA demo data: the clinical-safety clients could not be created: " + e
                    + (e.getCause() == null ? "" : ", caused by " + e.getCause().getClass().getName()));
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
