package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.clinic.port.out.DescriptionDraftRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running tenant's drafted treatment descriptions in {@code treatment_description_drafts}, in SQL on the
 * transaction's connection; an update names the status it expects, so two reviewers cannot both move one draft on.
 */
public final class JpaDescriptionDraftRepository extends JpaRepositorySupport implements DescriptionDraftRepository {

    private static final String COLUMNS = "id, treatment_id, text, source, status, requested_by, drafted_at,"
            + " reviewed_by, reviewed_at, published_at";

    public JpaDescriptionDraftRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(DescriptionDraft draft) {
        try (PreparedStatement insert = connection().prepareStatement("insert into treatment_description_drafts"
                + " (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant().toString());
            insert.setString(2, draft.id().toString());
            insert.setString(3, draft.treatment().toString());
            insert.setString(4, draft.text());
            insert.setString(5, draft.source().name());
            insert.setString(6, draft.status().name());
            insert.setString(7, draft.requestedBy().toString());
            insert.setObject(8, moment(draft.draftedAt()));
            insert.setString(9, draft.reviewedBy() == null ? null : draft.reviewedBy().toString());
            insert.setObject(10, moment(draft.reviewedAt()));
            insert.setObject(11, moment(draft.publishedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the description draft could not be stored", e);
        }
    }

    @Override
    public void update(DescriptionDraft draft, DescriptionDraft.Status expected) {
        int changed;
        try (PreparedStatement update = connection().prepareStatement("update treatment_description_drafts"
                + " set text = ?, status = ?, reviewed_by = ?, reviewed_at = ?, published_at = ?"
                + " where tenant_id = ? and id = ? and status = ?")) {
            update.setString(1, draft.text());
            update.setString(2, draft.status().name());
            update.setString(3, draft.reviewedBy() == null ? null : draft.reviewedBy().toString());
            update.setObject(4, moment(draft.reviewedAt()));
            update.setObject(5, moment(draft.publishedAt()));
            update.setString(6, tenant().toString());
            update.setString(7, draft.id().toString());
            update.setString(8, expected.name());
            changed = update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the description draft could not be stored", e);
        }
        if (changed == 0) {
            throw new ConflictException("The draft was changed by someone else meanwhile; read it again.");
        }
    }

    @Override
    public Optional<DescriptionDraft> find(DescriptionDraftId id) {
        List<DescriptionDraft> found = select("id = ?", id.toString());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<DescriptionDraft> forTreatment(TreatmentId treatment) {
        return select("treatment_id = ?", treatment.toString());
    }

    private List<DescriptionDraft> select(String condition, String value) {
        try (PreparedStatement select = connection().prepareStatement("select " + COLUMNS
                + " from treatment_description_drafts where tenant_id = ? and " + condition
                + " order by drafted_at desc, id")) {
            select.setString(1, tenant().toString());
            select.setString(2, value);
            List<DescriptionDraft> drafts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drafts.add(read(rows));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new IllegalStateException("the description drafts could not be read", e);
        }
    }

    private static DescriptionDraft read(ResultSet rows) throws SQLException {
        String reviewer = rows.getString("reviewed_by");
        return new DescriptionDraft(DescriptionDraftId.parse(rows.getString("id")),
                TreatmentId.parse(rows.getString("treatment_id")), rows.getString("text"),
                DescriptionDraft.Source.valueOf(rows.getString("source")),
                DescriptionDraft.Status.valueOf(rows.getString("status")),
                UserId.parse(rows.getString("requested_by")), instant(rows, "drafted_at"),
                reviewer == null ? null : UserId.parse(reviewer), instant(rows, "reviewed_at"),
                instant(rows, "published_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime moment(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private Connection connection() {
        return tenantEm().unwrap(Connection.class);
    }
}
