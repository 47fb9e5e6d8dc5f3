package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import com.laca.domain.notification.TreatmentNaming;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The running tenant's notification settings: by default the standard policies (48 h and 2 h reminders, 2 minutes' undo for
 * clinic changes, injectables never named on a lock screen) and a branding made of the clinic's name and its first
 * active location's address, read in SQL since the notification area does not depend on tenancy or clinic entities.
 * The clinic's choice of treatment names on lock screens, its undo delay for its own changes and its reminder times
 * are read from {@code notification_settings} (a column left null keeps the standard).
 */
public final class JpaNotificationSettingsRepository extends JpaRepositorySupport
        implements NotificationSettingsRepository {

    private static final String PRIMARY = "#1F3A5F";
    private static final String ACCENT = "#B5838D";

    private final boolean postgreSql;

    public JpaNotificationSettingsRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.postgreSql = Objects.requireNonNull(persistence, "persistence").isPostgreSql();
    }

    @Override
    public NotificationSettings current() {
        Connection connection = tenantEm().unwrap(Connection.class);
        String tenant = tenant().toString();
        String name = one(connection, "select name from tenants where id = ?", tenant).orElse("Your clinic");
        String address = one(connection, "select line1 || ', ' || city || ' ' || postcode from locations"
                + " where tenant_id = ? and active = true order by name, id fetch first 1 rows only", tenant)
                .orElse(name);
        Branding branding = new Branding(cut(name, 120), Optional.empty(), PRIMARY, ACCENT, cut(address, 300),
                Optional.empty());
        SendDelayPolicy sendDelay = SendDelayPolicy.standard();
        ReminderSchedule reminders = ReminderSchedule.standard();
        try (PreparedStatement select = connection.prepareStatement("select clinic_change_delay_seconds,"
                + " reminder_minutes from notification_settings where tenant_id = ?")) {
            select.setString(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    int seconds = rows.getInt(1);
                    if (!rows.wasNull()) {
                        sendDelay = new SendDelayPolicy(Duration.ofSeconds(seconds), Map.of());
                    }
                    String minutes = rows.getString(2);
                    if (minutes != null) {
                        reminders = new ReminderSchedule(rules(minutes), reminders.quietHours(),
                                reminders.minimumNotice());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be read", e);
        }
        return new NotificationSettings(branding, Locale.UK, sendDelay, reminders, treatmentNaming().contentRule());
    }

    @Override
    public void saveTiming(Duration clinicChangeDelay, List<ReminderRule> reminders) {
        String minutes = reminders.stream().map(rule -> Long.toString(rule.before().toMinutes()))
                .collect(Collectors.joining(","));
        upsert("clinic_change_delay_seconds = ?, reminder_minutes = ?",
                "clinic_change_delay_seconds, reminder_minutes", "?, ?",
                Math.toIntExact(clinicChangeDelay.toSeconds()), minutes);
    }

    private static List<ReminderRule> rules(String minutes) {
        return minutes.isBlank() ? List.of() : Arrays.stream(minutes.split(","))
                .map(each -> new ReminderRule(Duration.ofMinutes(Long.parseLong(each.strip())))).toList();
    }

    @Override
    public TreatmentNaming treatmentNaming() {
        return one(tenantEm().unwrap(Connection.class),
                "select treatment_naming from notification_settings where tenant_id = ?", tenant().toString())
                .map(TreatmentNaming::valueOf).orElse(TreatmentNaming.HIDE_INJECTABLES);
    }

    @Override
    public void saveTreatmentNaming(TreatmentNaming naming) {
        upsert("treatment_naming = ?", "treatment_naming", "?", naming.name());
    }

    /**
     * Updates the tenant's row, or inserts it (with the standard naming unless the naming is what is set), so the
     * choices stored separately never overwrite each other; the tenant's own row of {@code tenants} is locked first,
     * so two first writes at once run one after the other instead of the second failing on a duplicate key.
     */
    private void upsert(String assignments, String columns, String placeholders, Object... values) {
        Connection connection = tenantEm().unwrap(Connection.class);
        String tenant = tenant().toString();
        lockTenant(connection, tenant);
        try (PreparedStatement update = connection.prepareStatement("update notification_settings set "
                + assignments + ", updated_at = current_timestamp where tenant_id = ?")) {
            bind(update, values);
            update.setString(values.length + 1, tenant);
            if (update.executeUpdate() > 0) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be stored", e);
        }
        boolean naming = columns.contains("treatment_naming");
        try (PreparedStatement insert = connection.prepareStatement("insert into notification_settings (tenant_id, "
                + columns + (naming ? "" : ", treatment_naming") + ", updated_at) values (?, " + placeholders
                + (naming ? "" : ", '" + TreatmentNaming.HIDE_INJECTABLES.name() + "'") + ", current_timestamp)")) {
            insert.setString(1, tenant);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be stored", e);
        }
    }

    /**
     * Locks the tenant's row until the transaction ends; on PostgreSQL {@code FOR NO KEY UPDATE}, which leaves inserts
     * of rows referring to the tenant (bookings, clients) free to proceed.
     */
    private void lockTenant(Connection connection, String tenant) {
        try (PreparedStatement lock = connection.prepareStatement("select id from tenants where id = ? for "
                + (postgreSql ? "no key update" : "update"))) {
            lock.setString(1, tenant);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("tenant " + tenant + " does not exist");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be locked", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static Optional<String> one(Connection connection, String sql, String parameter) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be read", e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
