package com.laca.application.booking.port.out;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the booking port contracts share: a small clinic in tenant A (a location, two practitioners, a room, a
 * treatment and a client), stored through the adapter under test so every foreign key is satisfied.
 */
abstract class BookingContractSupport extends PersistenceContract {

    protected Location location;
    protected Practitioner ana;
    protected Practitioner ben;
    protected Resource room;
    protected Treatment treatment;
    protected Client client;

    @BeforeEach
    void storeClinic() {
        doInA(() -> {
            location = storedLocation("Bath");
            ana = practitioner("Ana");
            ben = practitioner("Ben");
            room = new Resource(ResourceId.random(), location.id(), "Room 1", new ResourceType("TREATMENT_ROOM"),
                    true, 0);
            ports.resources().insert(room);
            treatment = new Treatment(TreatmentId.random(), "Toxin", TreatmentCategory.ANTI_WRINKLE, null,
                    Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(15), Money.of(20_000, "GBP"),
                    null, Set.of(), BookingWindow.DEFAULT, true, 0);
            ports.treatments().insert(treatment);
            client = newClient("ana.client@example.com");
            ports.clients().insert(client);
        });
    }

    protected Practitioner practitioner(String name) {
        Practitioner practitioner = new Practitioner(PractitionerId.random(), name, Set.of(Qualification.NURSE),
                Set.of(location.id()), true, 0);
        ports.practitioners().insert(practitioner);
        return practitioner;
    }

    protected Client newClient(String email) {
        return new Client(ClientId.random(), tenantA, "Cara", "Client", new EmailAddress(email),
                new PhoneNumber("07700 900123"), LocalDate.of(1990, 5, 17));
    }

    /** A confirmed 30-minute appointment of the practitioner in the room, with 10 and 15 minutes' buffers. */
    protected Appointment confirmed(Practitioner practitioner, String start, List<ResourceId> resources) {
        return Appointment.confirmed(details(practitioner, start, resources));
    }

    protected AppointmentDetails details(Practitioner practitioner, String start, List<ResourceId> resources) {
        Instant begin = Instant.parse(start);
        return new AppointmentDetails(AppointmentId.random(), tenantA, location.id(), treatment.id(), client.id(),
                practitioner.id(), resources, new TimeRange(begin, begin.plus(Duration.ofMinutes(30))),
                Duration.ofMinutes(10), Duration.ofMinutes(15), AgreedTerms.offered(treatment, BookingPolicy.DEFAULT));
    }

    protected static String tokenHash() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}
