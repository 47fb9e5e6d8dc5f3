package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.CourseDetails;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.PracticalRequirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course as staff and its enrolled trainees see it, with its current (or followed) version's content. */
@Schema(name = "Course")
public record CourseResponse(
        String id,
        String title,
        boolean selfEnrolment,
        List<String> requiresCompleted,
        VersionResponse version) {

    static CourseResponse from(Course course) {
        return new CourseResponse(course.id().toString(), course.title(), course.selfEnrolment(),
                requires(course.prerequisites()), null);
    }

    static CourseResponse from(CourseDetails details) {
        return new CourseResponse(details.course().id().toString(), details.course().title(),
                details.course().selfEnrolment(), requires(details.course().prerequisites()),
                details.current().map(VersionResponse::from).orElse(null));
    }

    private static List<String> requires(AccessRule rule) {
        if (rule instanceof AccessRule.AllOf all) {
            return all.rules().stream().filter(AccessRule.CourseCompleted.class::isInstance)
                    .map(r -> ((AccessRule.CourseCompleted) r).course().toString()).toList();
        }
        return List.of();
    }

    /** The course list. */
    @Schema(name = "CourseList")
    public record CourseList(List<CourseResponse> items) {
    }

    /** One published version: its number, content and CPD facts. */
    @Schema(name = "CourseVersion")
    public record VersionResponse(int number, List<ModuleResponse> modules, CpdResponse cpd,
                                  Integer certificateValidityMonths, String theoryAssessmentId,
                                  PracticalResponse practical, List<StationResponse> stations) {

        static VersionResponse from(CourseVersion version) {
            return new VersionResponse(version.number(), version.modules().stream().map(m -> new ModuleResponse(
                    m.id().toString(), m.title(), m.lessons().stream().map(LessonResponse::from).toList())).toList(),
                    CpdResponse.from(version.cpd()),
                    version.certificateValidity().map(p -> (int) p.toTotalMonths()).orElse(null),
                    version.requirements().theory().map(Object::toString).orElse(null),
                    version.requirements().practical().map(PracticalResponse::from).orElse(null),
                    version.requirements().stations().stream().map(s -> new StationResponse(s.id().toString(),
                            s.name(), s.maxAttempts())).toList());
        }
    }

    /** The signed-off cases required per modality and the items every case must tick. */
    @Schema(name = "PracticalRequirement")
    public record PracticalResponse(Map<String, Integer> minimums, List<ChecklistItemResponse> consent,
                                    List<ChecklistItemResponse> consultation) {

        static PracticalResponse from(PracticalRequirement requirement) {
            Map<String, Integer> minimums = new TreeMap<>();
            requirement.minimums().forEach((modality, minimum) -> minimums.put(modality.name(), minimum));
            return new PracticalResponse(minimums, items(requirement.consent()), items(requirement.consultation()));
        }

        private static List<ChecklistItemResponse> items(Checklist checklist) {
            return checklist.items().stream().map(item -> new ChecklistItemResponse(item.key(), item.label()))
                    .toList();
        }
    }

    /** A checklist item: the key a case ticks and its label. */
    @Schema(name = "ChecklistItem")
    public record ChecklistItemResponse(String key, String label) {
    }

    /** An OSCE station of the version. */
    @Schema(name = "OsceStation")
    public record StationResponse(String id, String name, int maxAttempts) {
    }

    /** A module and its lessons, in teaching order. */
    @Schema(name = "CourseModule")
    public record ModuleResponse(String id, String title, List<LessonResponse> lessons) {
    }

    /** A lesson; only the fields of its kind are set. */
    @Schema(name = "Lesson")
    public record LessonResponse(String id, String title, boolean required, String kind, String url, String text,
                                 Instant startsAt, Long durationMinutes, String place, String brief) {

        static LessonResponse from(Lesson lesson) {
            String id = lesson.id().toString();
            LessonContent content = lesson.content();
            if (content instanceof LessonContent.VideoLink video) {
                return new LessonResponse(id, lesson.title(), lesson.required(), "VIDEO", video.url().toString(), null,
                        null, null, null, null);
            }
            if (content instanceof LessonContent.Reading reading) {
                return new LessonResponse(id, lesson.title(), lesson.required(), "READING", null, reading.text(), null,
                        null, null, null);
            }
            if (content instanceof LessonContent.LiveSession live) {
                return new LessonResponse(id, lesson.title(), lesson.required(), "LIVE", null, null, live.startsAt(),
                        live.duration().toMinutes(), live.place(), null);
            }
            LessonContent.Practical practical = (LessonContent.Practical) content;
            return new LessonResponse(id, lesson.title(), lesson.required(), "PRACTICAL", null, null, null, null, null,
                    practical.brief());
        }
    }

    /** The accredited CPD facts. */
    @Schema(name = "CpdFacts")
    public record CpdResponse(BigDecimal hours, BigDecimal participatoryHours, String accreditingBody,
                              String accreditationNumber, String level, List<String> targetProfessions) {

        static CpdResponse from(CpdFacts cpd) {
            return new CpdResponse(cpd.hours(), cpd.participatoryHours(), cpd.accreditingBody(),
                    cpd.accreditationNumber(), cpd.level().name(),
                    cpd.targetProfessions().stream().map(Enum::name).sorted().toList());
        }
    }
}
