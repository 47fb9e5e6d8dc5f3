package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.OutboxClaim;
import com.laca.domain.notification.OutboxDepth;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.Delivery;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.Lease;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.Recipient;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox over {@code notification_messages} (tenant-owned, row-level security) and {@code notification_dispatch}
 * (platform, no personal data), in plain SQL on the transaction's own connection: claiming needs
 * {@code FOR UPDATE SKIP LOCKED} so dispatchers on several servers take disjoint rows, and recording needs an update
 * conditional on the claim still being ours. Every tenant query also names the tenant, as H2 has no row-level security.
 */
public final class JpaOutboxRepository extends JpaRepositorySupport implements OutboxRepository {

    private static final String COLUMNS = "m.id, m.kind, m.channel, m.recipient, m.topic, m.locale, m.facts, "
            + "m.created_at, d.state, d.due_at, d.attempts, d.lease_owner, d.lease_until, d.last_error, d.sent_at, "
            + "d.provider_reference";
    private static final String FROM = " from notification_messages m join notification_dispatch d on d.id = m.id"
            + " where m.tenant_id = ?";

    private final JpaPersistence persistence;
    private final MessageKindCatalogue catalogue;

    /**
     * @param catalogue the deployment's kinds, to read stored codes back (another area's kind included)
     */
    public JpaOutboxRepository(JpaPersistence persistence, CurrentEntityManager current,
                               MessageKindCatalogue catalogue) {
        super(current);
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public void insert(OutboxMessage message) {
        Envelope envelope = message.envelope();
        requireCurrentTenant(envelope.tenant());
        Delivery delivery = message.delivery();
        try (PreparedStatement m = tenantConnection().prepareStatement("insert into notification_messages (tenant_id,"
                + " id, kind, channel, recipient, topic, locale, facts, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement d = tenantConnection().prepareStatement("insert into notification_dispatch (id,"
                     + " owner_tenant_id, state, due_at, attempts, lease_owner, lease_until, last_error, sent_at,"
                     + " provider_reference, version, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            m.setString(1, envelope.tenant().toString());
            m.setString(2, message.id().toString());
            m.setString(3, envelope.kind().code());
            m.setString(4, envelope.recipient().channel().name());
            m.setString(5, envelope.recipient().address());
            m.setString(6, envelope.topic().map(Topic::value).orElse(null));
            m.setString(7, envelope.locale().toLanguageTag());
            m.setString(8, FactsJson.write(envelope.facts()));
            m.setObject(9, timestamp(envelope.createdAt()));
            m.executeUpdate();
            d.setString(1, message.id().toString());
            d.setString(2, envelope.tenant().toString());
            bindDelivery(d, 3, delivery);
            d.setString(11, envelope.kind().code());
            d.executeUpdate();
        } catch (SQLException e) {
            throw failure(e, "the message could not be written to the outbox");
        }
    }

    @Override
    public Optional<OutboxMessage> find(NotificationId id) {
        List<OutboxMessage> found = select(" and m.id = ?", id.toString());
        return found.stream().findFirst();
    }

    @Override
    public List<OutboxMessage> findByTopic(Topic topic) {
        return select(" and m.topic = ? order by m.created_at, m.id", topic.value());
    }

    @Override
    public List<OutboxClaim> claimDue(String owner, Instant now, Duration lease, int limit) {
        new Lease(owner, now.plus(lease));
        Connection connection = platformEm().unwrap(Connection.class);
        String lock = persistence.isPostgreSql() ? " for update skip locked" : " for update";
        List<OutboxClaim> claimed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, owner_tenant_id"
                + " from notification_dispatch"
                + " where (state in ('PENDING', 'FAILED_RETRYING') and due_at <= ?)"
                + " or (state = 'CLAIMED' and lease_until <= ?)"
                + " order by due_at fetch first ? rows only" + lock)) {
            select.setObject(1, timestamp(now));
            select.setObject(2, timestamp(now));
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new OutboxClaim(NotificationId.parse(rows.getString(1)),
                            TenantId.parse(rows.getString(2))));
                }
            }
        } catch (SQLException e) {
            throw failure(e, "the outbox could not be claimed");
        }
        try (PreparedStatement update = connection.prepareStatement("update notification_dispatch"
                + " set state = 'CLAIMED', attempts = attempts + 1, lease_owner = ?, lease_until = ?,"
                + " version = version + 1 where id = ?")) {
            for (OutboxClaim claim : claimed) {
                update.setString(1, owner);
                update.setObject(2, timestamp(now.plus(lease)));
                update.setString(3, claim.id().toString());
                update.addBatch();
            }
            if (!claimed.isEmpty()) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(e, "the outbox could not be claimed");
        }
        return claimed;
    }

    @Override
    public boolean save(OutboxMessage changed, Expected expected) {
        Envelope envelope = changed.envelope();
        requireCurrentTenant(envelope.tenant());
        Connection connection = tenantConnection();
        String lease = expected.leaseOwner().isPresent() ? " and lease_owner = ?" : " and lease_owner is null";
        try (PreparedStatement d = connection.prepareStatement("update notification_dispatch set state = ?,"
                + " due_at = ?, attempts = ?, lease_owner = ?, lease_until = ?, last_error = ?, sent_at = ?,"
                + " provider_reference = ?, version = version + 1"
                + " where id = ? and owner_tenant_id = ? and state = ?" + lease)) {
            int next = bindDelivery(d, 1, changed.delivery());
            d.setString(next, changed.id().toString());
            d.setString(next + 1, envelope.tenant().toString());
            d.setString(next + 2, expected.state().name());
            if (expected.leaseOwner().isPresent()) {
                d.setString(next + 3, expected.leaseOwner().get());
            }
            if (d.executeUpdate() != 1) {
                return false;
            }
        } catch (SQLException e) {
            throw failure(e, "the message could not be recorded");
        }
        if (envelope.facts().isEmpty()) {
            try (PreparedStatement m = connection.prepareStatement("update notification_messages set facts = '{}'"
                    + " where tenant_id = ? and id = ?")) {
                m.setString(1, envelope.tenant().toString());
                m.setString(2, changed.id().toString());
                m.executeUpdate();
            } catch (SQLException e) {
                throw failure(e, "the message's facts could not be erased");
            }
        }
        return true;
    }

    @Override
    public List<OutboxMessage> waiting(MessageKind kind) {
        return select(" and m.kind = ? and d.state in ('PENDING', 'FAILED_RETRYING') order by m.created_at, m.id",
                kind.code());
    }

    @Override
    public List<OutboxDepth> depth(Instant now) {
        List<OutboxDepth> depth = new ArrayList<>();
        try (PreparedStatement select = platformEm().unwrap(Connection.class).prepareStatement("select"
                + " coalesce(kind, 'unknown') as kind_code,"
                + " sum(case when state <> 'DEAD' then 1 else 0 end),"
                + " sum(case when state in ('PENDING', 'FAILED_RETRYING') and due_at <= ? then 1 else 0 end),"
                + " sum(case when state = 'DEAD' then 1 else 0 end)"
                + " from notification_dispatch where state in ('PENDING', 'FAILED_RETRYING', 'CLAIMED', 'DEAD')"
                + " group by coalesce(kind, 'unknown') order by kind_code")) {
            select.setObject(1, timestamp(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    depth.add(new OutboxDepth(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw failure(e, "the outbox could not be counted");
        }
        return depth;
    }

    @Override
    public List<OutboxMessage> deadLetters(int limit) {
        return select(" and d.state = 'DEAD' order by d.due_at desc, m.id fetch first " + limit + " rows only");
    }

    @Override
    public List<OutboxMessage> sentEmails(int limit) {
        return select(" and d.state = 'SENT' and m.channel = 'EMAIL' order by d.sent_at desc, m.id"
                + " fetch first " + limit + " rows only");
    }

    private List<OutboxMessage> select(String where, String... parameters) {
        TenantId tenant = tenant();
        List<OutboxMessage> found = new ArrayList<>();
        try (PreparedStatement select = tenantConnection().prepareStatement("select " + COLUMNS + FROM + where)) {
            select.setString(1, tenant.toString());
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 2, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(tenant, rows));
                }
            }
        } catch (SQLException e) {
            throw failure(e, "the outbox could not be read");
        }
        return found;
    }

    private OutboxMessage read(TenantId tenant, ResultSet rows) throws SQLException {
        String code = rows.getString("kind");
        MessageKind kind = catalogue.find(code)
                .orElseThrow(() -> new IllegalStateException("no message kind " + code + " in this deployment"));
        Envelope envelope = new Envelope(NotificationId.parse(rows.getString("id")), tenant, kind,
                new Recipient(Channel.valueOf(rows.getString("channel")), rows.getString("recipient")),
                Optional.ofNullable(rows.getString("topic")).map(Topic::new),
                Locale.forLanguageTag(rows.getString("locale")), FactsJson.read(rows.getString("facts")),
                instant(rows, "created_at"));
        OutboxState state = OutboxState.valueOf(rows.getString("state"));
        Optional<Lease> lease = Optional.ofNullable(rows.getString("lease_owner"))
                .map(owner -> new Lease(owner, instantOrNull(rows, "lease_until")));
        Delivery delivery = new Delivery(state, instant(rows, "due_at"), rows.getInt("attempts"), lease,
                Optional.ofNullable(rows.getString("last_error")),
                Optional.ofNullable(instantOrNull(rows, "sent_at")),
                Optional.ofNullable(rows.getString("provider_reference")));
        return OutboxMessage.reconstitute(envelope, delivery);
    }

    /** Binds state, due, attempts, lease owner and end, last error, sent time and reference; answers the next index. */
    private static int bindDelivery(PreparedStatement statement, int from, Delivery delivery) throws SQLException {
        statement.setString(from, delivery.state().name());
        statement.setObject(from + 1, timestamp(delivery.dueAt()));
        statement.setInt(from + 2, delivery.attempts());
        statement.setString(from + 3, delivery.lease().map(Lease::owner).orElse(null));
        setTimestamp(statement, from + 4, delivery.lease().map(Lease::until));
        statement.setString(from + 5, delivery.lastError().map(FactsLimits::error).orElse(null));
        setTimestamp(statement, from + 6, delivery.sentAt());
        statement.setString(from + 7, delivery.providerReference().orElse(null));
        return from + 8;
    }

    private static void setTimestamp(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setObject(index, timestamp(value.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private Connection tenantConnection() {
        return tenantEm().unwrap(Connection.class);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(ResultSet rows, String column) {
        try {
            OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + column, e);
        }
    }

    private static RuntimeException failure(SQLException e, String message) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("23")) {
            return new ConflictException(message);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("HYT00")) {
            return new ConflictException("the outbox is busy; please try again");
        }
        return new IllegalStateException(message + " (SQL state " + state + ")", e);
    }

    /** Column limits the domain does not know. */
    private static final class FactsLimits {

        private static final int ERROR = 600;

        static String error(String error) {
            return error.length() <= ERROR ? error : error.substring(0, ERROR);
        }
    }
}
