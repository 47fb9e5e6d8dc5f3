package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.PracticalRecord;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.academy.practice.PracticalProgress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainee's practice on a course: the cases logged, the signed-off count against each modality's minimum (derived
 * from the cases on every read) and their standing at each OSCE station.
 *
 * @param minimums empty when the course asks for no cases
 */
@Schema(name = "PracticalRecord")
public record PracticalRecordResponse(
        String courseId,
        String traineeId,
        List<CaseLogEntryResponse> cases,
        List<MinimumResponse> minimums,
        Boolean minimumsMet,
        List<StationResponse> stations) {

    static PracticalRecordResponse from(PracticalRecord record) {
        List<MinimumResponse> minimums = record.progress().map(PracticalRecordResponse::minimums).orElse(List.of());
        return new PracticalRecordResponse(record.course().toString(), record.trainee().toString(),
                record.cases().stream().map(CaseLogEntryResponse::from).toList(), minimums,
                record.progress().map(PracticalProgress::met).orElse(null),
                record.stations().stream().map(StationResponse::from).toList());
    }

    private static List<MinimumResponse> minimums(PracticalProgress progress) {
        return Arrays.stream(Modality.values()).filter(m -> progress.requirement().minimumFor(m) > 0)
                .map(m -> new MinimumResponse(m.name(), progress.requirement().minimumFor(m),
                        progress.counted().getOrDefault(m, 0))).toList();
    }

    /** One modality's minimum and how many signed-off cases count towards it. */
    @Schema(name = "PracticalMinimum")
    public record MinimumResponse(String modality, int required, int signedOff) {
    }

    /**
     * Where the trainee stands at one station ({@code NOT_ATTEMPTED}, {@code RESIT_ALLOWED}, {@code PASSED},
     * {@code FAILED_FINAL}) and the sittings so far.
     */
    @Schema(name = "OsceStationRecord")
    public record StationResponse(String stationId, String name, int maxAttempts, String status,
                                  List<SittingResponse> sittings) {

        static StationResponse from(OsceRecord record) {
            return new StationResponse(record.station().id().toString(), record.station().name(),
                    record.station().maxAttempts(), record.status().name(),
                    record.results().stream().map(SittingResponse::from).toList());
        }
    }

    /** One sitting and the examiner's verdict. */
    @Schema(name = "OsceSitting")
    public record SittingResponse(int sitting, boolean passed, String examinerId, Instant examinedAt,
                                  String comment) {

        static SittingResponse from(OsceResult result) {
            return new SittingResponse(result.attempt(), result.passed(), result.examiner().toString(),
                    result.examinedAt(), result.comment().orElse(null));
        }
    }
}
