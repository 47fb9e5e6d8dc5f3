package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.IssuerKey;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.application.shared.ConflictException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each clinic's credential-signing key in {@code academy_issuer_keys} with plain JDBC on the transaction's own
 * connection, so a concurrent first use that meets the one-key-per-clinic constraint re-reads the winner's key instead
 * of dooming the transaction as a failed EclipseLink write would. The private half arrives and leaves sealed.
 */
public final class JpaIssuerKeyRepository extends JpaRepositorySupport implements IssuerKeyRepository {

    private static final String FIND = """
            select key_id, public_jwk, sealed_private_key, created_at from academy_issuer_keys where tenant_id = ?""";
    /** PostgreSQL waits for a concurrent first use to commit, then does nothing, and the re-read sees its key. */
    private static final String POSTGRESQL_ADD = """
            insert into academy_issuer_keys (tenant_id, key_id, public_jwk, sealed_private_key, created_at)
            values (?, ?, ?, ?, ?) on conflict do nothing""";
    /** H2 has no {@code on conflict}: a racing first use fails with a duplicate key, and the re-read sees the winner. */
    private static final String H2_ADD = """
            insert into academy_issuer_keys (tenant_id, key_id, public_jwk, sealed_private_key, created_at)
            values (?, ?, ?, ?, ?)""";
    private static final String DUPLICATE_KEY = "23505";

    private final String add;

    public JpaIssuerKeyRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.add = Objects.requireNonNull(persistence, "persistence").isPostgreSql() ? POSTGRESQL_ADD : H2_ADD;
    }

    @Override
    public Optional<IssuerKey> find() {
        try (PreparedStatement find = connection().prepareStatement(FIND)) {
            find.setString(1, tenant().toString());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(new IssuerKey(row.getString(1), row.getString(2), row.getString(3),
                        Columns.instant(row.getObject(4, OffsetDateTime.class)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the clinic's credential key could not be read", e);
        }
    }

    @Override
    public IssuerKey addIfAbsent(IssuerKey candidate) {
        try (PreparedStatement insert = connection().prepareStatement(add)) {
            insert.setString(1, tenant().toString());
            insert.setString(2, candidate.keyId());
            insert.setString(3, candidate.publicJwk());
            insert.setString(4, candidate.sealedPrivateKey());
            insert.setObject(5, Columns.timestamp(candidate.createdAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new PersistenceException("the clinic's credential key could not be stored", e);
            }
        }
        return find().orElseThrow(() -> new ConflictException(
                "the clinic's credential key is being made by another request; please try again"));
    }

    private Connection connection() {
        return tenantEm().unwrap(Connection.class);
    }
}
