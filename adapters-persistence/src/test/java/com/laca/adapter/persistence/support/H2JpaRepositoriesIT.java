package com.laca.adapter.persistence.support;

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
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** Runs every persistence port contract against the JPA adapter on an in-memory H2 database, the embedded default. */
class H2JpaRepositoriesIT {

    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-it;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Nested
    class H2TransactionRunnerIT extends TransactionRunnerContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2TenantRepositoryIT extends TenantRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2StaffAccountRepositoryIT extends StaffAccountRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2RefreshTokenRepositoryIT extends RefreshTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2OneTimeTokenRepositoryIT extends OneTimeTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2LoginThrottleRepositoryIT extends LoginThrottleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2LocationRepositoryIT extends LocationRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2PractitionerRepositoryIT extends PractitionerRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2ResourceRepositoryIT extends ResourceRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2TreatmentRepositoryIT extends TreatmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2AppointmentRepositoryIT extends AppointmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2ClientRepositoryIT extends ClientRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2ScheduleRepositoryIT extends ScheduleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2BookingPolicyRepositoryIT extends BookingPolicyRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2ReferenceDataVersionIT extends ReferenceDataVersionContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2BookingLimitLockIT extends BookingLimitLockContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2BrandingRepositoryIT extends BrandingRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }
    }

    @Nested
    class H2ClientProfileRepositoryIT extends ClientProfileRepositoryContract {
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
    class H2NotesAndAuditIT extends NotesAndAuditContract {
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
    class H2ClinicalRecordRepositoryIT extends ClinicalRecordRepositoryContract {
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
    class H2TreatmentRecordIT extends TreatmentRecordContract {
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
    class H2ClinicalPhotoIT extends ClinicalPhotoContract {
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
    class H2ClinicalRecordPurgeIT extends ClinicalRecordPurgeContract {
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
