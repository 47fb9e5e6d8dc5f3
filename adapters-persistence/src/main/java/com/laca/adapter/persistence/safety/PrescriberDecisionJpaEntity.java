package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code prescriber_decisions}, written once, with the rule-set version it was made under and the
 * prescriber's registration as it was on the day.
 */
@Entity
@Table(name = "prescriber_decisions")
class PrescriberDecisionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "screening_id", length = 36)
    private String screeningId;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "rule_set_version")
    private String ruleSetVersion;
    @Column(name = "prescriber_id", length = 36)
    private String prescriberId;
    @Column(name = "prescriber_name")
    private String prescriberName;
    @Column(name = "register_body")
    private String registerBody;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "verdict")
    private String verdict;
    @Column(name = "reason")
    private String reason;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected PrescriberDecisionJpaEntity() {
    }

    PrescriberDecisionJpaEntity(ClientId client, PrescriberDecision d) {
        id = d.id().value().toString();
        screeningId = d.screening().value().toString();
        clientId = client.toString();
        ruleId = d.ruleId();
        ruleSetVersion = d.ruleSetVersion();
        prescriberId = d.prescriber().practitioner().toString();
        prescriberName = d.prescriber().name();
        registerBody = d.prescriber().registration().body().name();
        registrationNumber = d.prescriber().registration().number();
        verdict = d.verdict().name();
        reason = d.reason();
        decidedAt = Columns.timestamp(d.decidedAt());
    }

    PrescriberDecision toDomain() {
        return new PrescriberDecision(PrescriberDecisionId.parse(id), ScreeningId.parse(screeningId), ruleId,
                ruleSetVersion, new Prescriber(PractitionerId.parse(prescriberId), prescriberName,
                new PrescriberRegistration(RegisterBody.valueOf(registerBody), registrationNumber)),
                PrescriberDecision.Verdict.valueOf(verdict), reason, Columns.instant(decidedAt));
    }
}
