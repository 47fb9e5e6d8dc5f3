package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.ChangeAuthor;
import com.laca.domain.records.ChangeKind;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.FieldChange;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code client_changes}, one history entry; the changed fields are one text column (a line per field,
 * tab-separated, with backslash escapes) because they are only ever read back whole with their entry.
 */
@Entity
@Table(name = "client_changes")
class ClientChangeJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "kind")
    private String kind;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "counterpart_id")
    private String counterpartId;
    @Column(name = "fields")
    private String fields;

    protected ClientChangeJpaEntity() {
    }

    ClientChangeJpaEntity(ClientChange change) {
        id = UUID.randomUUID().toString();
        clientId = change.client().toString();
        kind = change.kind().name();
        changedBy = change.changedBy().code();
        changedAt = Columns.timestamp(change.changedAt());
        counterpartId = change.counterpart().map(ClientId::toString).orElse(null);
        StringBuilder text = new StringBuilder();
        for (FieldChange field : change.fields()) {
            text.append(field.field().name()).append('\t').append(escape(field.before())).append('\t')
                    .append(escape(field.after())).append('\n');
        }
        fields = text.toString();
    }

    ClientChange toDomain() {
        List<FieldChange> changes = new ArrayList<>();
        for (String line : fields.split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split("\t", -1);
                changes.add(new FieldChange(ClientField.valueOf(parts[0]), unescape(parts[1]), unescape(parts[2])));
            }
        }
        return new ClientChange(ClientId.parse(clientId), ChangeKind.valueOf(kind), ChangeAuthor.parse(changedBy),
                Columns.instant(changedAt), changes, Optional.ofNullable(counterpartId).map(ClientId::parse));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
