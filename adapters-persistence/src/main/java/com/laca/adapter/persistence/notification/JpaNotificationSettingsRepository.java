package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import com.laca.domain.notification.TreatmentNaming;
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
 * The clinic's choice of treatment names on lock screens is read from {@code notification_settings}.
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
                treatmentNaming().contentRule());
    }

    @Override
    public TreatmentNaming treatmentNaming() {
        return one(tenantEm().unwrap(Connection.class),
                "select treatment_naming from notification_settings where tenant_id = ?", tenant().toString())
                .map(TreatmentNaming::valueOf).orElse(TreatmentNaming.HIDE_INJECTABLES);
    }

    @Override
    public void saveTreatmentNaming(TreatmentNaming naming) {
        Connection connection = tenantEm().unwrap(Connection.class);
        String tenant = tenant().toString();
        try (PreparedStatement update = connection.prepareStatement("update notification_settings"
                + " set treatment_naming = ?, updated_at = current_timestamp where tenant_id = ?")) {
            update.setString(1, naming.name());
            update.setString(2, tenant);
            if (update.executeUpdate() > 0) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be stored", e);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into notification_settings"
                + " (tenant_id, treatment_naming, updated_at) values (?, ?, current_timestamp)")) {
            insert.setString(1, tenant);
            insert.setString(2, naming.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's notification settings could not be stored", e);
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
