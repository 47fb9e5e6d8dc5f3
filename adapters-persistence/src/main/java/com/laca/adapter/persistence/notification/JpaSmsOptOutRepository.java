package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.SmsOptOutRepository;
import com.laca.domain.shared.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The platform's STOP list in {@code sms_opt_outs}, in SQL on the running transaction's connection (tenant or
 * platform), keyed by a SHA-256 of the number so the table holds no phone number in clear.
 */
public final class JpaSmsOptOutRepository extends JpaRepositorySupport implements SmsOptOutRepository {

    public JpaSmsOptOutRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void optOut(PhoneNumber number, Instant at) {
        if (isOptedOut(number)) {
            return;
        }
        try (PreparedStatement insert = connection().prepareStatement(
                "insert into sms_opt_outs (phone_sha256, opted_out_at) values (?, ?)")) {
            insert.setString(1, hash(number));
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the opt-out could not be stored", e);
        }
    }

    @Override
    public boolean optIn(PhoneNumber number) {
        try (PreparedStatement delete = connection().prepareStatement(
                "delete from sms_opt_outs where phone_sha256 = ?")) {
            delete.setString(1, hash(number));
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("the opt-out could not be removed", e);
        }
    }

    @Override
    public boolean isOptedOut(PhoneNumber number) {
        try (PreparedStatement select = connection().prepareStatement(
                "select 1 from sms_opt_outs where phone_sha256 = ?")) {
            select.setString(1, hash(number));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the opt-out list could not be read", e);
        }
    }

    /** The key of a number: SHA-256 of its international form, in lower-case hex. */
    static String hash(PhoneNumber number) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(number.value().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Connection connection() {
        return platformEm().unwrap(Connection.class);
    }
}
