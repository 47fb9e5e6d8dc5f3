package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Clients stored before their name words carried their status and names (V34), or before they had name words at all
 * (V11_4), are searchable by name as they stand once V39_1 has run, and by two words once V40_1_1 has paired their
 * words, on every database the application runs on.
 */
abstract class NameWordsBackfillFlows extends BackfillFlows {

    private static final MigrationVersion BACKFILL = MigrationVersion.fromVersion("39");
    /** A name character outside the Basic Multilingual Plane (U+20BB7), one character on PostgreSQL, two on H2. */
    private static final String YOSHI = "\uD842\uDFB7";

    @Test
    @DisplayName("word rows left as V34 added them (active, no names) take their client's status and names, and a "
            + "client without words gets its lower-cased first and last name as words; then every client gets the "
            + "ordered pairs of its words, with U+FFFD as the initial of a word starting outside the Basic "
            + "Multilingual Plane")
    void backfill() throws SQLException {
        migrateToJustBefore(BACKFILL);
        String tenant = UUID.randomUUID().toString();
        String merged = UUID.randomUUID().toString();
        String wordless = UUID.randomUUID().toString();
        String astral = UUID.randomUUID().toString();
        inTenant(tenant, connection -> {
            update(connection, "insert into tenants (id, slug, name, zone, currency, status, version)"
                    + " values (?, ?, 'Backfill', 'Europe/London', 'GBP', 'ACTIVE', 1)", tenant, "words-" + tenant);
            client(connection, tenant, merged, "Mia", "Merged", "MERGED");
            update(connection, "insert into client_name_words (tenant_id, client_id, word) values (?, ?, 'mia')",
                    tenant, merged);
            update(connection, "insert into client_name_words (tenant_id, client_id, word) values (?, ?, 'merged')",
                    tenant, merged);
            client(connection, tenant, wordless, "Wren", "Walker", "ARCHIVED");
            client(connection, tenant, astral, YOSHI, "Ta", "ACTIVE");
            update(connection, "insert into client_name_words (tenant_id, client_id, word) values (?, ?, ?)",
                    tenant, astral, YOSHI);
        });

        new FlywayMigrator().migrate(owner(), appRole());

        assertThat(words(tenant)).containsExactlyInAnyOrder(
                "mia " + merged + " MERGED Merged Mia", "merged " + merged + " MERGED Merged Mia",
                "wren " + wordless + " ARCHIVED Walker Wren", "walker " + wordless + " ARCHIVED Walker Wren",
                YOSHI + " " + astral + " ACTIVE Ta " + YOSHI, "ta " + astral + " ACTIVE Ta " + YOSHI);
        assertThat(rows(tenant, "select first_initial || ' ' || first_word || ' ' || second_word, client_id,"
                + " client_status, last_name, first_name from client_name_word_pairs where tenant_id = ?"))
                .containsExactlyInAnyOrder(
                        "m mia mia " + merged + " MERGED Merged Mia", "m mia merged " + merged + " MERGED Merged Mia",
                        "m merged mia " + merged + " MERGED Merged Mia",
                        "m merged merged " + merged + " MERGED Merged Mia",
                        "w wren wren " + wordless + " ARCHIVED Walker Wren",
                        "w wren walker " + wordless + " ARCHIVED Walker Wren",
                        "w walker wren " + wordless + " ARCHIVED Walker Wren",
                        "w walker walker " + wordless + " ARCHIVED Walker Wren",
                        "\uFFFD " + YOSHI + " " + YOSHI + " " + astral + " ACTIVE Ta " + YOSHI,
                        "\uFFFD " + YOSHI + " ta " + astral + " ACTIVE Ta " + YOSHI,
                        "t ta " + YOSHI + " " + astral + " ACTIVE Ta " + YOSHI,
                        "t ta ta " + astral + " ACTIVE Ta " + YOSHI);
    }

    private List<String> words(String tenant) throws SQLException {
        return rows(tenant, "select word, client_id, client_status, last_name, first_name from client_name_words"
                + " where tenant_id = ?");
    }

    /** The rows the query (five columns, the tenant its one parameter) reads, each as its columns joined by spaces. */
    private List<String> rows(String tenant, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        inTenant(tenant, connection -> {
            try (PreparedStatement select = connection.prepareStatement(query)) {
                select.setString(1, tenant);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(String.join(" ", row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5)));
                    }
                }
            }
        });
        return rows;
    }

    private static void client(Connection connection, String tenant, String id, String first, String last,
                               String status) throws SQLException {
        update(connection, "insert into clients (tenant_id, id, first_name, last_name, email, phone, date_of_birth,"
                + " version, surname_key, status) values (?, ?, ?, ?, ?, '07700900123', ?, 1, ?, ?)", tenant, id,
                first, last, id + "@example.com", java.sql.Date.valueOf("1990-05-17"), last.toLowerCase(), status);
    }
}
