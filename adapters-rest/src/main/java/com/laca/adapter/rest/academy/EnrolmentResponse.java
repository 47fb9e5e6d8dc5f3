package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.EnrolmentView;
import com.laca.domain.academy.course.Progress;
import com.laca.domain.academy.enrolment.Enrolment;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enrolment with its status now and its derived progress (completed required lessons of the version it follows /
 * required lessons of that version, rounded down to a whole per cent).
 */
@Schema(name = "Enrolment")
public record EnrolmentResponse(
        String id,
        String courseId,
        String courseTitle,
        String learnerId,
        String route,
        String status,
        Instant enrolledAt,
        Instant accessUntil,
        Integer completedVersion,
        Instant completedAt,
        String note,
        ProgressResponse progress) {

    static EnrolmentResponse from(EnrolmentView view) {
        Enrolment e = view.enrolment();
        return new EnrolmentResponse(e.id().toString(), e.course().toString(), view.course().title(),
                e.learner().toString(), e.route().name(), view.status().name(), e.enrolledAt(),
                e.accessUntil().orElse(null), e.completedVersion().orElse(null), e.completedAt().orElse(null),
                e.note().orElse(null), view.progress().map(ProgressResponse::from).orElse(null));
    }

    /** The enrolment list. */
    @Schema(name = "EnrolmentList")
    public record EnrolmentList(List<EnrolmentResponse> items) {
    }

    /** Progress against one course version, never stored. */
    @Schema(name = "Progress")
    public record ProgressResponse(int version, int percent, int completedRequired, int required,
                                   List<ModuleProgressResponse> modules) {

        static ProgressResponse from(Progress progress) {
            return new ProgressResponse(progress.version(), progress.percent(), progress.completedRequired(),
                    progress.required(), progress.modules().stream().map(m -> new ModuleProgressResponse(
                    m.module().toString(), m.completedRequired(), m.required(), m.complete())).toList());
        }
    }

    /** A module's share of the progress. */
    @Schema(name = "ModuleProgress")
    public record ModuleProgressResponse(String moduleId, int completedRequired, int required, boolean complete) {
    }
}
