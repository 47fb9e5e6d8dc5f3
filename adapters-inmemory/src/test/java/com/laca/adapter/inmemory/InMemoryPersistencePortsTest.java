package com.laca.adapter.inmemory;

import com.laca.adapter.inmemory.safety.InMemoryClinicalRecordRepository;
import com.laca.application.booking.port.out.AppointmentRepositoryContract;
import com.laca.application.booking.port.out.BookingLimitLockContract;
import com.laca.application.booking.port.out.BookingPolicyRepositoryContract;
import com.laca.application.booking.port.out.ClientRepositoryContract;
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
import org.junit.jupiter.api.Nested;

/** Runs every persistence port contract against the in-memory adapters, so they behave like the database ones. */
class InMemoryPersistencePortsTest {

    @Nested
    class InMemoryTransactionRunnerTest extends TransactionRunnerContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryTenantRepositoryTest extends TenantRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryStaffAccountRepositoryTest extends StaffAccountRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryOneTimeTokenRepositoryTest extends OneTimeTokenRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryLoginThrottleRepositoryTest extends LoginThrottleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryLocationRepositoryTest extends LocationRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryPractitionerRepositoryTest extends PractitionerRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryResourceRepositoryTest extends ResourceRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryTreatmentRepositoryTest extends TreatmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryAppointmentRepositoryTest extends AppointmentRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryClientRepositoryTest extends ClientRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryScheduleRepositoryTest extends ScheduleRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryBookingPolicyRepositoryTest extends BookingPolicyRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryReferenceDataVersionTest extends ReferenceDataVersionContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryBookingLimitLockTest extends BookingLimitLockContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryBrandingRepositoryTest extends BrandingRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }
    }

    @Nested
    class InMemoryClinicalRecordRepositoryTest extends ClinicalRecordRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return new InMemoryPersistencePorts();
        }

        @Override
        protected ClinicalRecordRepository records() {
            return new InMemoryClinicalRecordRepository(((InMemoryPersistencePorts) ports).tx());
        }
    }
}
