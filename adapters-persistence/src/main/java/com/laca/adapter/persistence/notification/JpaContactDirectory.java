package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.ContactDirectory;
import com.laca.application.notification.port.out.SmsOptOutRepository;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ContactPreferences;
import com.laca.domain.notification.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a client's address and mobile from the {@code clients} table in the running tenant transaction, in SQL, since
 * the notification area may not depend on the booking area's entities; a mobile on the platform's STOP list is opted
 * out; the marketing consent the client record keeps ({@code marketing_messages_since}) covers e-mail and SMS, less
 * SMS after a STOP.
 */
public final class JpaContactDirectory extends JpaRepositorySupport implements ContactDirectory {

    private final SmsOptOutRepository stopList;

    public JpaContactDirectory(CurrentEntityManager current) {
        super(current);
        this.stopList = new JpaSmsOptOutRepository(current);
    }

    @Override
    public Optional<ContactPreferences> client(ClientId client) {
        try (PreparedStatement select = tenantEm().unwrap(Connection.class).prepareStatement(
                "select email, phone, marketing_messages_since from clients where tenant_id = ? and id = ?")) {
            select.setString(1, tenant().toString());
            select.setString(2, client.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Optional<PhoneNumber> phone = Optional.ofNullable(rows.getString(2)).filter(p -> !p.isBlank())
                        .map(PhoneNumber::new);
                Timestamp marketingSince = rows.getTimestamp(3);
                MarketingConsent marketing = marketingSince == null ? MarketingConsent.none()
                        : MarketingConsent.given(Set.of(Channel.EMAIL, Channel.SMS), marketingSince.toInstant());
                boolean stopped = phone.map(stopList::isOptedOut).orElse(false);
                return Optional.of(new ContactPreferences(new EmailAddress(rows.getString(1)), phone, stopped,
                        stopped ? marketing.withdrawn(Channel.SMS) : marketing));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the client's contact details could not be read", e);
        }
    }
}
