package com.laca.application.safety.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.in.DecideReviewCommand;
import com.laca.application.safety.port.in.QuestionnaireForTreatment;
import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.AuditChainVerifier;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.safety.ScreeningOutcome;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Screenings are written to the clinical audit log")
class AuditedScreeningTest {

    private final TenantId tenant = TenantId.random();
    private final Caller nurse = new Caller(UserId.random(), tenant, Set.of(Role.PRACTITIONER));
    private final List<String> appended = new ArrayList<>();
    private final AuditLogUseCase audit = new AuditLogUseCase() {
        @Override
        public void append(TenantId tenantId, AuditEventType type, String subject, String actor,
                           Map<String, String> details) {
            appended.add(type + " " + subject + " " + actor + " " + new java.util.TreeMap<>(details));
        }

        @Override
        public AuditChainVerifier.ChainVerification verify(Caller caller) {
            throw new UnsupportedOperationException();
        }
    };
    private final TransactionRunner tx = new TransactionRunner() {
        @Override
        public <T> T inTenant(TenantId tenantId, Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            return work.get();
        }
    };

    private AuditedScreening answering(ScreeningResult result) {
        return new AuditedScreening(new ScreeningUseCase() {
            @Override
            public QuestionnaireForTreatment questionnaire(TenantId tenantId, TreatmentId treatment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ScreeningResult submitForBooking(TenantId tenantId, String manageToken,
                                                    SubmitScreeningCommand command) {
                return result;
            }

            @Override
            public ScreeningResult submitByStaff(Caller caller, ClientId client, TreatmentCategory category,
                                                 SubmitScreeningCommand command) {
                return result;
            }

            @Override
            public PrescriberDecision decide(Caller caller, DecideReviewCommand command) {
                throw new UnsupportedOperationException();
            }
        }, tx, audit);
    }

    @Test
    @DisplayName("a stored screening is appended with its category, rule-set version and outcome code, no answers")
    void storedScreening() {
        ScreeningId id = ScreeningId.random();
        answering(new ScreeningResult.Recorded(id, new ScreeningOutcome("2026.1", TreatmentCategory.DERMAL_FILLER,
                List.of(), List.of()))).submitByStaff(nurse, ClientId.random(), TreatmentCategory.DERMAL_FILLER,
                new SubmitScreeningCommand("2026.1", Map.of("pregnant", "yes")));

        assertThat(appended).containsExactly("SCREENING_ANSWERED screening:" + id + " user:" + nurse.userId()
                + " {category=DERMAL_FILLER, outcome=CLEAR, ruleSetVersion=2026.1}");
    }

    @Test
    @DisplayName("refused answers store nothing and append nothing")
    void refusedAnswers() {
        answering(new ScreeningResult.Rejected(List.of())).submitForBooking(tenant, "token",
                new SubmitScreeningCommand("2026.1", Map.of()));

        assertThat(appended).isEmpty();
    }
}
