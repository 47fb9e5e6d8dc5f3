package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The running tenant's notification settings: the standard policies (48 h and 2 h reminders, 2 minutes' undo for
 * clinic changes, injectables never named on a lock screen) and a branding made of the clinic's name and its first
 * active location's address, read in SQL since the notification area does not depend on tenancy or clinic entities.
 * Stored per-tenant choices come with a later step of issue 12.
 */
public final class JpaNotificationSettingsRepository extends JpaRepositorySupport
        implements NotificationSettingsRepository {

    private static final String PRIMARY = "#1F3A5F";
    private static final String ACCENT = "#B5838D";

    public JpaNotificationSettingsRepository(CurrentEntityManager current) {
        super(current);
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
        return new NotificationSettings(branding, Locale.UK, SendDelayPolicy.standard(), ReminderSchedule.standard(),
                ContentRule.standard());
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
