package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.IdempotentAnswers;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.IdempotentAnswer;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps Idempotency-Key answers in {@code idempotent_answers} with plain JDBC on the transaction's own connection, so
 * a racing claim that hits the primary key is a {@code false} answer rather than a transaction EclipseLink dooms; the
 * answer's body and Location (which carry a public booking's manage token) are stored sealed ({@link AnswerSeal}).
 */
public final class JpaIdempotentAnswers extends JpaRepositorySupport implements IdempotentAnswers {

    private static final String FIND = """
            select request_hash, claimed_at, status, body, location from idempotent_answers
            where tenant_id = ? and scope = ? and idem_key = ? and claimed_at >= ?""";
    private static final String DELETE_OUTDATED = """
            delete from idempotent_answers where tenant_id = ? and scope = ? and idem_key = ?
            and (claimed_at < ? or (status is null and claimed_at < ?))""";
    private static final String POSTGRESQL_CLAIM = """
            insert into idempotent_answers (tenant_id, scope, idem_key, request_hash, claimed_at)
            values (?, ?, ?, ?, ?) on conflict do nothing""";
    /** H2 has no {@code on conflict}: a racing claim fails with a duplicate key, which means "not claimed". */
    private static final String H2_CLAIM = """
            insert into idempotent_answers (tenant_id, scope, idem_key, request_hash, claimed_at)
            values (?, ?, ?, ?, ?)""";
    private static final String COMPLETE = """
            update idempotent_answers set status = ?, body = ?, location = ?
            where tenant_id = ? and scope = ? and idem_key = ?""";
    private static final String RELEASE = """
            delete from idempotent_answers where tenant_id = ? and scope = ? and idem_key = ? and status is null""";
    private static final String DUPLICATE_KEY = "23505";

    private final boolean postgreSql;
    private final AnswerSeal seal;

    /** Answers sealed under this process's generated key (one server, answers lost to a restart). */
    public JpaIdempotentAnswers(JpaPersistence persistence, CurrentEntityManager current) {
        this(persistence, current, AnswerSeal.perBoot());
    }

    public JpaIdempotentAnswers(JpaPersistence persistence, CurrentEntityManager current, AnswerSeal seal) {
        super(current);
        this.postgreSql = Objects.requireNonNull(persistence, "persistence").isPostgreSql();
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    @Override
    public Optional<Entry> find(String scope, String key, Instant notBefore) {
        try (PreparedStatement find = connection().prepareStatement(FIND)) {
            bindKey(find, scope, key);
            find.setObject(4, Columns.timestamp(notBefore));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant claimedAt = Columns.instant(row.getObject(2, OffsetDateTime.class));
                int status = row.getInt(3);
                Optional<IdempotentAnswer> answer = row.wasNull() ? Optional.empty()
                        : Optional.of(new IdempotentAnswer(status, open(row.getString(4), scope, key, "body"),
                        open(row.getString(5), scope, key, "location")));
                return Optional.of(new Entry(row.getString(1), claimedAt, answer));
            }
        } catch (SQLException e) {
            throw new PersistenceException("the Idempotency-Key answer could not be read", e);
        }
    }

    @Override
    public boolean claim(String scope, String key, String requestHash, Instant now, Instant staleBefore,
                         Instant expiredBefore) {
        Connection connection = connection();
        try (PreparedStatement delete = connection.prepareStatement(DELETE_OUTDATED);
             PreparedStatement insert = connection.prepareStatement(postgreSql ? POSTGRESQL_CLAIM : H2_CLAIM)) {
            bindKey(delete, scope, key);
            delete.setObject(4, Columns.timestamp(expiredBefore));
            delete.setObject(5, Columns.timestamp(staleBefore));
            delete.executeUpdate();
            bindKey(insert, scope, key);
            insert.setString(4, requestHash);
            insert.setObject(5, Columns.timestamp(now));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new PersistenceException("the Idempotency-Key could not be claimed", e);
        }
    }

    @Override
    public void complete(String scope, String key, IdempotentAnswer answer) {
        try (PreparedStatement update = connection().prepareStatement(COMPLETE)) {
            update.setInt(1, answer.status());
            update.setString(2, seal.seal(answer.body(), context(scope, key, "body")));
            update.setString(3, seal.seal(answer.location(), context(scope, key, "location")));
            update.setString(4, tenant().toString());
            update.setString(5, scope);
            update.setString(6, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("the Idempotency-Key answer could not be stored", e);
        }
    }

    @Override
    public void release(String scope, String key) {
        try (PreparedStatement delete = connection().prepareStatement(RELEASE)) {
            bindKey(delete, scope, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("the Idempotency-Key could not be released", e);
        }
    }

    /**
     * An answer this server cannot open (sealed under another key: another server without the shared key, or before a
     * restart) is never re-run, which would book twice: the key is reported as used.
     */
    private String open(String sealed, String scope, String key, String field) {
        try {
            return seal.open(sealed, context(scope, key, field));
        } catch (AnswerSeal.UnsealableException e) {
            throw new ConflictException("This Idempotency-Key was used by an earlier request whose answer this server "
                    + "can no longer replay; check the bookings made and use a new key for a new request.");
        }
    }

    private String context(String scope, String key, String field) {
        return tenant() + "|" + scope + "|" + key + "|" + field;
    }

    private Connection connection() {
        return tenantEm().unwrap(Connection.class);
    }

    private void bindKey(PreparedStatement statement, String scope, String key) throws SQLException {
        statement.setString(1, tenant().toString());
        statement.setString(2, scope);
        statement.setString(3, key);
    }
}
