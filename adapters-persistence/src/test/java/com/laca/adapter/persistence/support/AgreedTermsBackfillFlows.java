package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Appointments booked before their terms were stored (V38_1) are given the best that is known of them, on every
 * database the application runs on: the price their ledger was opened at and the deposit first asked in it, else the
 * treatment's price and deposit rule, and the clinic's free-cancellation window (48 hours when it set none).
 */
abstract class AgreedTermsBackfillFlows extends BackfillFlows {

    private static final MigrationVersion AGREED_TERMS = MigrationVersion.fromVersion("38");
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("existing appointments get their ledger's price and first deposit, else the treatment's price and "
            + "deposit rule (half up, floor, never above the price), and their clinic's window or 48 hours")
    void backfill() throws SQLException {
        migrateToJustBefore(AGREED_TERMS);
        String withPolicy = UUID.randomUUID().toString();
        String withoutPolicy = UUID.randomUUID().toString();
        Clinic first = new Clinic(withPolicy);
        Clinic second = new Clinic(withoutPolicy);
        inTenant(withPolicy, connection -> {
            first.store(connection);
            update(connection, "insert into booking_policies (tenant_id, id, free_cancellation_minutes, hold_minutes,"
                    + " version) values (?, ?, 1440, 15, 1)", withPolicy, withPolicy);
            String fixed = first.treatment(connection, 20_000, "FIXED", 5_000L, null, null);
            String floored = first.treatment(connection, 8_500, "PERCENTAGE", null, 2_000, 2_000L);
            String halfUp = first.treatment(connection, 10_004, "PERCENTAGE", null, 1_250, null);
            String none = first.treatment(connection, 3_000, "NONE", null, null, null);
            first.appointment(connection, "fixed", fixed, 0);
            String ledgered = first.appointment(connection, "ledgered", fixed, 1);
            update(connection, "insert into payment_ledgers (tenant_id, appointment_id, price_minor, currency)"
                    + " values (?, ?, 18000, 'GBP')", withPolicy, ledgered);
            first.ledgerEntry(connection, ledgered, 0, "DEPOSIT_DUE_AT_DESK", 4_000);
            first.ledgerEntry(connection, ledgered, 1, "BALANCE_PAID_AT_DESK", 4_000);
            first.appointment(connection, "floored", floored, 2);
            first.appointment(connection, "halfUp", halfUp, 3);
            first.appointment(connection, "none", none, 4);
        });
        inTenant(withoutPolicy, connection -> {
            second.store(connection);
            String capped = second.treatment(connection, 5_000, "FIXED", 99_999L, null, null);
            second.appointment(connection, "capped", capped, 0);
        });

        new FlywayMigrator().migrate(owner(), appRole());

        assertThat(terms(withPolicy)).containsExactlyInAnyOrder(
                "fixed 20000 5000 GBP 1440", "ledgered 18000 4000 GBP 1440", "floored 8500 2000 GBP 1440",
                "halfUp 10004 1251 GBP 1440", "none 3000 0 GBP 1440");
        assertThat(terms(withoutPolicy)).containsExactly("capped 5000 5000 GBP 2880");
    }

    private List<String> terms(String tenant) throws SQLException {
        List<String> rows = new ArrayList<>();
        inTenant(tenant, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select manage_token_hash,"
                    + " agreed_price_minor, agreed_deposit_minor, agreed_currency, agreed_free_cancellation_minutes"
                    + " from appointments where tenant_id = ?")) {
                select.setString(1, tenant);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(row.getString(1).split(" ")[0] + " " + row.getLong(2) + " " + row.getLong(3) + " "
                                + row.getString(4) + " " + row.getInt(5));
                    }
                }
            }
        });
        return rows;
    }

    /** One clinic's rows as they stood before V38_1: a location, a practitioner and a client to book. */
    private record Clinic(String tenant, String location, String practitioner, String client) {

        Clinic(String tenant) {
            this(tenant, UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        }

        void store(Connection connection) throws SQLException {
            update(connection, "insert into tenants (id, slug, name, zone, currency, status, version)"
                    + " values (?, ?, 'Backfill', 'Europe/London', 'GBP', 'ACTIVE', 1)", tenant, "backfill-" + tenant);
            update(connection, "insert into locations (tenant_id, id, name, line1, city, postcode, country, zone,"
                    + " active, version) values (?, ?, 'Main', '1 Street', 'London', 'W1 1AA', 'GB', 'Europe/London',"
                    + " true, 1)", tenant, location);
            update(connection, "insert into practitioners (tenant_id, id, display_name, qualifications, active,"
                    + " version) values (?, ?, 'Ana', 'NURSE', true, 1)", tenant, practitioner);
            update(connection, "insert into clients (tenant_id, id, first_name, last_name, email, phone,"
                    + " date_of_birth, version, surname_key) values (?, ?, 'Cara', 'Client', 'cara@example.com',"
                    + " '07700900123', ?, 1, 'client')", tenant, client, java.sql.Date.valueOf("1990-05-17"));
        }

        String treatment(Connection connection, long price, String depositKind, Long amount, Integer basisPoints,
                         Long minimum) throws SQLException {
            String id = UUID.randomUUID().toString();
            update(connection, "insert into treatments (tenant_id, id, name, category, duration_minutes,"
                    + " buffer_before_minutes, buffer_after_minutes, price_minor_units, currency,"
                    + " required_resource_types, slot_step_minutes, min_notice_minutes, max_advance_minutes, active,"
                    + " version, deposit_kind, deposit_minor_units, deposit_basis_points, deposit_minimum_minor_units)"
                    + " values (?, ?, ?, 'SKIN', 30, 0, 0, ?, 'GBP', '', 15, 0, 129600, true, 1, ?, ?, ?, ?)",
                    tenant, id, "Treatment " + id, price, depositKind, amount, basisPoints, minimum);
            return id;
        }

        /** An appointment {@code hour} hours after Monday 09:00, whose token hash starts with its {@code name}. */
        String appointment(Connection connection, String name, String treatment, int hour) throws SQLException {
            String id = UUID.randomUUID().toString();
            OffsetDateTime start = MONDAY.plusHours(hour);
            update(connection, "insert into appointments (tenant_id, id, location_id, treatment_id, client_id,"
                    + " practitioner_id, starts_at, ends_at, buffer_before_minutes, buffer_after_minutes, busy_from,"
                    + " busy_to, status, active, manage_token_hash, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, 'CONFIRMED', true, ?, 1)", tenant, id, location,
                    treatment, client, practitioner, start, start.plusMinutes(30), start, start.plusMinutes(30),
                    name + " " + id);
            return id;
        }

        void ledgerEntry(Connection connection, String appointment, int position, String kind, long amount)
                throws SQLException {
            update(connection, "insert into payment_ledger_entries (tenant_id, id, appointment_id, position, kind,"
                    + " amount_minor, currency, recorded_at, reference, reason) values (?, ?, ?, ?, ?, ?, 'GBP', ?,"
                    + " 'backfill', 'backfill')", tenant, UUID.randomUUID().toString(), appointment, position, kind,
                    amount, MONDAY.minusDays(7));
        }
    }
}
