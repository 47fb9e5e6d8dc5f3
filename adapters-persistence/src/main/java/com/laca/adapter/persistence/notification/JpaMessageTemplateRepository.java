package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.MessageTemplateRepository;
import com.laca.application.notification.port.out.TemplateKey;
import com.laca.domain.notification.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The clinics' own templates in {@code notification_templates} (row-level security on PostgreSQL), in SQL on the
 * running tenant transaction's connection like the rest of the notification adapter; a save replaces the row.
 */
public final class JpaMessageTemplateRepository extends JpaRepositorySupport implements MessageTemplateRepository {

    private static final String COLUMNS = "kind, channel, locale, subject, body_text, body_html";

    public JpaMessageTemplateRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<MessageTemplate> find(TemplateKey key) {
        List<StoredTemplate> found = select(" and kind = ? and channel = ? and locale = ?", key.kind(),
                key.channel().name(), key.locale().toLanguageTag());
        return found.stream().findFirst().map(StoredTemplate::template);
    }

    @Override
    public List<StoredTemplate> list() {
        return select("");
    }

    @Override
    public void save(StoredTemplate stored) {
        delete(stored.key());
        TemplateKey key = stored.key();
        MessageTemplate template = stored.template();
        try (PreparedStatement insert = connection().prepareStatement("insert into notification_templates"
                + " (tenant_id, " + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, current_timestamp)")) {
            insert.setString(1, tenant().toString());
            insert.setString(2, key.kind());
            insert.setString(3, key.channel().name());
            insert.setString(4, key.locale().toLanguageTag());
            setOptional(insert, 5, template.subject());
            insert.setString(6, template.text());
            setOptional(insert, 7, template.html());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's template could not be stored", e);
        }
    }

    @Override
    public boolean delete(TemplateKey key) {
        try (PreparedStatement delete = connection().prepareStatement("delete from notification_templates"
                + " where tenant_id = ? and kind = ? and channel = ? and locale = ?")) {
            delete.setString(1, tenant().toString());
            delete.setString(2, key.kind());
            delete.setString(3, key.channel().name());
            delete.setString(4, key.locale().toLanguageTag());
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's template could not be removed", e);
        }
    }

    private List<StoredTemplate> select(String where, String... parameters) {
        try (PreparedStatement select = connection().prepareStatement("select " + COLUMNS
                + " from notification_templates where tenant_id = ?" + where)) {
            select.setString(1, tenant().toString());
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 2, parameters[i]);
            }
            List<StoredTemplate> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Channel channel = Channel.valueOf(rows.getString(2));
                    MessageTemplate template = channel == Channel.EMAIL
                            ? MessageTemplate.email(rows.getString(4), rows.getString(5), rows.getString(6))
                            : MessageTemplate.sms(rows.getString(5));
                    found.add(new StoredTemplate(new TemplateKey(rows.getString(1), channel,
                            Locale.forLanguageTag(rows.getString(3))), template));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("the clinic's templates could not be read", e);
        }
    }

    private Connection connection() {
        return tenantEm().unwrap(Connection.class);
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
