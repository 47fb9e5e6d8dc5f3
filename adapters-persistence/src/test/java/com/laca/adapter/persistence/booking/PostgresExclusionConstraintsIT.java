package com.laca.adapter.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.booking.port.out.SlotTakenException;
import com.laca.application.booking.service.BookingFixture;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's last line of defence, proven with plain SQL as the application role: no two active appointments of one
 * practitioner, or holding one resource, may overlap (buffers included, {@code [)} bounds), whatever code writes them.
 */
class PostgresExclusionConstraintsIT {

    private static final Instant TEN = Instant.parse("2026-06-03T09:00:00Z");

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;
    private static BookingFixture clinic;
    private static Client client;

    @BeforeAll
    static void storeClinic() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
        clinic = new BookingFixture(adapter, new PayAtClinicPaymentGateway());
        client = new Client(ClientId.random(), clinic.tenant, "Cara", "Client", new EmailAddress("c@example.com"),
                new PhoneNumber("07700 900123"), LocalDate.of(1990, 1, 1));
        adapter.tx().inTenant(clinic.tenant, () -> {
            adapter.clients().insert(client);
            return null;
        });
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

    @Test
    @DisplayName("an overlapping active appointment of the same practitioner is refused (SQLSTATE 23P01)")
    void practitionerOverlap() throws SQLException {
        PractitionerId practitioner = fresh();
        try (Connection app = appConnection()) {
            insertAppointment(app, practitioner, TEN, TEN.plus(Duration.ofMinutes(45)), "CONFIRMED");
            assertThatThrownBy(() -> insertAppointment(app, practitioner, TEN.plus(Duration.ofMinutes(44)),
                    TEN.plus(Duration.ofMinutes(90)), "HELD"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("23P01");
                        assertThat(e.getMessage()).contains("ex_appointments_practitioner_busy");
                    });
        }
    }

    @Test
    @DisplayName("back-to-back spans touch without overlapping, and a cancelled appointment blocks nothing")
    void touchingAndCancelled() throws SQLException {
        PractitionerId practitioner = fresh();
        try (Connection app = appConnection()) {
            insertAppointment(app, practitioner, TEN, TEN.plus(Duration.ofMinutes(45)), "CONFIRMED");
            insertAppointment(app, practitioner, TEN.plus(Duration.ofMinutes(45)), TEN.plus(Duration.ofMinutes(90)),
                    "CONFIRMED");
            insertAppointment(app, practitioner, TEN.minus(Duration.ofHours(2)), TEN.minus(Duration.ofHours(1)),
                    "CANCELLED");
            insertAppointment(app, practitioner, TEN.minus(Duration.ofHours(2)), TEN.minus(Duration.ofHours(1)),
                    "CONFIRMED");
            insertAppointment(app, practitioner, TEN.plus(Duration.ofHours(3)), TEN.plus(Duration.ofHours(4)),
                    "EXPIRED");
            insertAppointment(app, practitioner, TEN.plus(Duration.ofHours(3)), TEN.plus(Duration.ofHours(4)),
                    "CONFIRMED");
        }
    }

    @Test
    @DisplayName("one room cannot be held by two active appointments at once; an inactive holding does not count")
    void resourceOverlap() throws SQLException {
        ResourceId room = clinic.room.id();
        try (Connection app = appConnection()) {
            String first = insertAppointment(app, fresh(), TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), "CONFIRMED");
            insertResource(app, first, room, TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), true);
            String second = insertAppointment(app, fresh(), TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), "CANCELLED");
            insertResource(app, second, room, TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), false);
            String third = insertAppointment(app, fresh(), TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), "CONFIRMED");
            assertThatThrownBy(() -> insertResource(app, third, room, TEN.plus(Duration.ofDays(10)),
                    TEN.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(45)), true))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("23P01");
                        assertThat(e.getMessage()).contains("ex_appointment_resources_busy");
                    });
        }
    }

    @Test
    @DisplayName("through the adapter, a violation arrives as SlotTakenException with the practitioner or room reason")
    void adapterReportsSlotTaken() {
        Instant day = TEN.plus(Duration.ofDays(20));
        adapter.tx().inTenant(clinic.tenant, () -> {
            adapter.appointments().insert(appointment(clinic.ana.id(), List.of(clinic.room.id()), day), "h1");
            return null;
        });

        assertThatThrownBy(() -> adapter.tx().inTenant(clinic.tenant, () -> {
            adapter.appointments().insert(appointment(clinic.ana.id(), List.of(), day), "h2");
            return null;
        })).isInstanceOfSatisfying(SlotTakenException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.PRACTITIONER_BUSY));
        assertThatThrownBy(() -> adapter.tx().inTenant(clinic.tenant, () -> {
            adapter.appointments().insert(appointment(clinic.ben.id(), List.of(clinic.room.id()), day), "h3");
            return null;
        })).isInstanceOfSatisfying(SlotTakenException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.RESOURCE_UNAVAILABLE));
    }

    private static Appointment appointment(PractitionerId practitioner, List<ResourceId> resources, Instant start) {
        return Appointment.confirmed(new AppointmentDetails(AppointmentId.random(), clinic.tenant,
                clinic.location.id(), clinic.consultation.id(), client.id(), practitioner, resources,
                new TimeRange(start, start.plus(Duration.ofMinutes(30))), Duration.ZERO, Duration.ofMinutes(15),
                AgreedTerms.offered(clinic.consultation, BookingPolicy.DEFAULT)));
    }

    /** A practitioner of its own, so the tests do not see each other's rows. */
    private static PractitionerId fresh() {
        Practitioner practitioner = new Practitioner(PractitionerId.random(), "P", Set.of(Qualification.NURSE),
                Set.of(clinic.location.id()), true, 0);
        adapter.tx().inTenant(clinic.tenant, () -> {
            adapter.practitioners().insert(practitioner);
            return null;
        });
        return practitioner.id();
    }

    /** The application role in autocommit mode with the clinic's tenant set for the session (tests only). */
    private static Connection appConnection() throws SQLException {
        Connection connection = database.appDataSource().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, false)")) {
            statement.setString(1, clinic.tenant.toString());
            statement.execute();
        }
        return connection;
    }

    private static String insertAppointment(Connection app, PractitionerId practitioner, Instant busyFrom,
                                            Instant busyTo, String status) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = app.prepareStatement("insert into appointments (tenant_id, id, location_id,"
                + " treatment_id, client_id, practitioner_id, starts_at, ends_at, buffer_before_minutes,"
                + " buffer_after_minutes, busy_from, busy_to, status, hold_expires_at, active, manage_token_hash,"
                + " version, agreed_price_minor, agreed_deposit_minor, agreed_currency,"
                + " agreed_free_cancellation_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, 1, 0, 0,"
                + " 'GBP', 2880)")) {
            insert.setString(1, clinic.tenant.toString());
            insert.setString(2, id);
            insert.setString(3, clinic.location.id().toString());
            insert.setString(4, clinic.consultation.id().toString());
            insert.setString(5, client.id().toString());
            insert.setString(6, practitioner.toString());
            insert.setTimestamp(7, Timestamp.from(busyFrom));
            insert.setTimestamp(8, Timestamp.from(busyTo));
            insert.setTimestamp(9, Timestamp.from(busyFrom));
            insert.setTimestamp(10, Timestamp.from(busyTo));
            insert.setString(11, status);
            insert.setTimestamp(12, "HELD".equals(status) ? Timestamp.from(busyFrom) : null);
            insert.setBoolean(13, List.of("HELD", "CONFIRMED", "CHECKED_IN", "COMPLETED").contains(status));
            insert.setString(14, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
        return id;
    }

    private static void insertResource(Connection app, String appointment, ResourceId resource, Instant busyFrom,
                                       Instant busyTo, boolean active) throws SQLException {
        try (PreparedStatement insert = app.prepareStatement("insert into appointment_resources (tenant_id,"
                + " appointment_id, resource_id, busy_from, busy_to, active) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, clinic.tenant.toString());
            insert.setString(2, appointment);
            insert.setString(3, resource.toString());
            insert.setTimestamp(4, Timestamp.from(busyFrom));
            insert.setTimestamp(5, Timestamp.from(busyTo));
            insert.setBoolean(6, active);
            insert.executeUpdate();
        }
    }
}
