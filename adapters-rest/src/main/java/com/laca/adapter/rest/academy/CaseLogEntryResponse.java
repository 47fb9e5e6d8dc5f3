package com.laca.adapter.rest.academy;

import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.SupervisorSignOff;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One case of a trainee's log with where it stands ({@code AWAITING_SIGN_OFF}, {@code SIGNED_OFF}, {@code DECLINED})
 * and, once decided, the supervisor's decision with the registration they signed under.
 */
@Schema(name = "CaseLogEntry")
public record CaseLogEntryResponse(
        String id,
        String traineeId,
        String courseId,
        String modality,
        String procedure,
        Instant performedAt,
        String patientReference,
        List<String> consentTicked,
        List<String> consultationTicked,
        String reflection,
        String status,
        SignOffResponse signOff) {

    static CaseLogEntryResponse from(CaseLogEntry entry) {
        return new CaseLogEntryResponse(entry.id().toString(), entry.trainee().toString(), entry.course().toString(),
                entry.modality().name(), entry.procedure(), entry.performedAt(), entry.patient().value(),
                entry.consentTicked().stream().sorted().toList(),
                entry.consultationTicked().stream().sorted().toList(), entry.reflection().orElse(null),
                entry.status().name(), entry.signOff().map(SignOffResponse::from).orElse(null));
    }

    /** The supervisor's decision. */
    @Schema(name = "CaseSignOff")
    public record SignOffResponse(String supervisorId, String registration, String decision, Instant signedAt,
                                  String comment) {

        static SignOffResponse from(SupervisorSignOff signOff) {
            return new SignOffResponse(signOff.supervisor().toString(), signOff.registration().body() + " "
                    + signOff.registration().number(), signOff.decision().name(), signOff.signedAt(),
                    signOff.comment().orElse(null));
        }
    }

    /** A list of cases, oldest first. */
    @Schema(name = "CaseLogEntryList")
    public record CaseList(List<CaseLogEntryResponse> items) {

        static CaseList from(List<CaseLogEntry> entries) {
            return new CaseList(entries.stream().map(CaseLogEntryResponse::from).toList());
        }
    }
}
