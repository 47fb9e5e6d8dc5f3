package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.MarketingOptOuts;
import com.laca.domain.shared.ClientId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Clears the marketing consent on the client's row ({@code clients.marketing_messages_since}, which the client
 * records area shows and edits) in the running tenant transaction, in SQL, since the notification area may not depend
 * on the records area's entities.
 */
public final class JpaMarketingOptOuts extends JpaRepositorySupport implements MarketingOptOuts {

    public JpaMarketingOptOuts(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public boolean withdrawMarketing(ClientId client) {
        try (PreparedStatement update = tenantEm().unwrap(Connection.class).prepareStatement(
                "update clients set marketing_messages_since = null where tenant_id = ? and id = ?")) {
            update.setString(1, tenant().toString());
            update.setString(2, client.toString());
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("the client's marketing consent could not be withdrawn", e);
        }
    }
}
