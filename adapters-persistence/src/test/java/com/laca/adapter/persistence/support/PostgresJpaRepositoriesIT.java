package com.laca.adapter.persistence.support;

import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.booking.port.out.AppointmentRepositoryContract;
import com.laca.application.booking.port.out.BookingLimitLockContract;
import com.laca.application.booking.port.out.BookingPolicyRepositoryContract;
import com.laca.application.booking.port.out.ClientRepositoryContract;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClientProfileRepositoryContract;
import com.laca.application.records.port.out.NotesAndAuditContract;
import com.laca.application.records.port.out.ClinicalPhotoContract;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeContract;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordContract;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.booking.port.out.ScheduleRepositoryContract;
import com.laca.application.clinic.port.out.LocationRepositoryContract;
import com.laca.application.clinic.port.out.PractitionerRepositoryContract;
import com.laca.application.clinic.port.out.ReferenceDataVersionContract;
import com.laca.application.clinic.port.out.ResourceRepositoryContract;
import com.laca.application.clinic.port.out.TreatmentRepositoryContract;
import com.laca.application.identity.port.out.LoginThrottleRepositoryContract;
import com.laca.application.identity.port.out.OneTimeTokenRepositoryContract;
import com.laca.application.identity.port.out.RefreshTokenRepositoryContract;
import com.laca.application.identity.port.out.StaffAccountRepositoryContract;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepositoryContract;
import com.laca.application.shared.PersistencePorts;
import com.laca.application.shared.TransactionRunnerContract;
import com.laca.application.tenancy.port.out.BrandingRepositoryContract;
import com.laca.application.tenancy.port.out.TenantRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * Runs every persistence port contract against the JPA adapter on PostgreSQL, connected as the application role, so
 * every query also passes through row-level security; skipped when {@code LACA_TEST_DB_URL} is unset.
 */
class PostgresJpaRepositoriesIT {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (adapter != null) {
            adapter.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Nested
    class PostgresTransactionRunnerIT extends TransactionRunnerContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresTenantRepositoryIT extends TenantRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresStaffAccountRepositoryIT extends StaffAccountRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresRefreshTokenRepositoryIT extends RefreshTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresOneTimeTokenRepositoryIT extends OneTimeTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresLoginThrottleRepositoryIT extends LoginThrottleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresLocationRepositoryIT extends LocationRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresPractitionerRepositoryIT extends PractitionerRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresResourceRepositoryIT extends ResourceRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresTreatmentRepositoryIT extends TreatmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresAppointmentRepositoryIT extends AppointmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresClientRepositoryIT extends ClientRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresScheduleRepositoryIT extends ScheduleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresBookingPolicyRepositoryIT extends BookingPolicyRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresReferenceDataVersionIT extends ReferenceDataVersionContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresBookingLimitLockIT extends BookingLimitLockContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected boolean locksEachClient() {
            return true;
        }
    }

    @Nested
    class PostgresBrandingRepositoryIT extends BrandingRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class PostgresClientProfileRepositoryIT extends ClientProfileRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected ClientProfileRepository profiles() {
            return adapter.clientProfiles();
        }
    }

    @Nested
    class PostgresNotesAndAuditIT extends NotesAndAuditContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected StaffNoteRepository notes() {
            return adapter.staffNotes();
        }

        @Override
        protected AccessAuditRepository audit() {
            return adapter.accessAudit();
        }
    }

    @Nested
    class PostgresClinicalRecordRepositoryIT extends ClinicalRecordRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected ClinicalRecordRepository records() {
            return adapter.clinicalRecords();
        }
    }

    @Nested
    class PostgresTreatmentRecordIT extends TreatmentRecordContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected TreatmentRecordRepository records() {
            return adapter.treatmentRecords();
        }
    }

    @Nested
    class PostgresClinicalPhotoIT extends ClinicalPhotoContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected ClinicalPhotoRepository photos() {
            return adapter.clinicalPhotos();
        }
    }

    @Nested
    class PostgresClinicalRecordPurgeIT extends ClinicalRecordPurgeContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected ClinicalRecordPurgeRepository purges() {
            return adapter.clinicalPurges();
        }

        @Override
        protected TreatmentRecordRepository records() {
            return adapter.treatmentRecords();
        }

        @Override
        protected StaffNoteRepository notes() {
            return adapter.staffNotes();
        }

        @Override
        protected ClinicalPhotoRepository photos() {
            return adapter.clinicalPhotos();
        }

        @Override
        protected ClinicalRecordRepository safety() {
            return adapter.clinicalRecords();
        }

        @Override
        protected ClientProfileRepository profiles() {
            return adapter.clientProfiles();
        }
    }
}
