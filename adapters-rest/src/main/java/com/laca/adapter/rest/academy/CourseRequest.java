package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.access.AccessRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A course's own facts; {@code requiresCompleted} lists courses a learner must have completed first (all of them).
 */
@Schema(name = "CourseRequest", requiredProperties = {"title"}, properties = {
        @SchemaProperty(name = "title", example = "Foundation botulinum toxin"),
        @SchemaProperty(name = "selfEnrolment", example = "false", description = "whether trainees may enrol themselves"),
        @SchemaProperty(name = "requiresCompleted", example = "[]",
                description = "ids of courses to complete first")})
public record CourseRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
        Boolean selfEnrolment,
        @Size(max = 20, message = "must name at most 20 courses") List<String> requiresCompleted) {

    /** The draft; each required course's title is looked up by the caller and shown in the learner's reason. */
    CourseDraft toDraft(java.util.function.Function<CourseId, String> titleOf) {
        List<AccessRule> rules = requiresCompleted == null ? List.of() : requiresCompleted.stream()
                .map(text -> new CourseId(Fields.uuid(text, "requiresCompleted")))
                .map(id -> (AccessRule) new AccessRule.CourseCompleted(id, titleOf.apply(id))).toList();
        return new CourseDraft(title, Boolean.TRUE.equals(selfEnrolment), new AccessRule.AllOf(rules));
    }
}
