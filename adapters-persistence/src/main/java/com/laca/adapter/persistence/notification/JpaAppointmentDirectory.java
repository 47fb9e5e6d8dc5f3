package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.AppointmentDirectory;
import com.laca.domain.shared.AppointmentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Reads an appointment's status and start from the {@code appointments} table in the running tenant transaction, in
 * SQL, since the notification area may not depend on the booking area's entities: confirmed, or held with its hold
 * still running, is going ahead; anything else is not.
 */
public final class JpaAppointmentDirectory extends JpaRepositorySupport implements AppointmentDirectory {

    public JpaAppointmentDirectory(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<Instant> startIfGoingAhead(AppointmentId appointment, Instant plannedStart, Instant now) {
        try (PreparedStatement select = tenantEm().unwrap(Connection.class).prepareStatement(
                "select status, starts_at, hold_expires_at from appointments where tenant_id = ? and id = ?")) {
            select.setString(1, tenant().toString());
            select.setString(2, appointment.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String status = rows.getString(1);
                Instant start = rows.getObject(2, OffsetDateTime.class).toInstant();
                OffsetDateTime holdUntil = rows.getObject(3, OffsetDateTime.class);
                boolean goingAhead = "CONFIRMED".equals(status)
                        || ("HELD".equals(status) && holdUntil != null && holdUntil.toInstant().isAfter(now));
                return goingAhead ? Optional.of(start) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the appointment's status could not be read", e);
        }
    }
}
