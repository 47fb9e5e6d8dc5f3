package com.laca.domain.academy.course;

import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.OsceStatus;
import com.laca.domain.academy.practice.PracticalProgress;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a learner has completed a course version and, if not, every part still missing; derived from lessons,
 * the theory result, the case log and the OSCE records each time it is asked, never stored beside them.
 *
 * @param version   the course version evaluated
 * @param progress  the lessons part
 * @param theory    the theory result, if the version requires one
 * @param practical the case-log counts, if the version requires practice
 * @param stations  the records of the version's OSCE stations, in the version's order
 * @param unmet     what is still missing; empty when complete
 */
public record CompletionReport(int version, Progress progress, Optional<OverallGrade> theory,
                               Optional<PracticalProgress> practical, List<OsceRecord> stations,
                               List<UnmetCriterion> unmet) {

    public CompletionReport {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(theory, "theory");
        Objects.requireNonNull(practical, "practical");
        stations = List.copyOf(stations);
        unmet = List.copyOf(unmet);
    }

    /**
     * Evaluates one learner against one course version.
     *
     * @param learner          whose completion it is; every case and OSCE record given must be theirs
     * @param completedLessons the learner's lesson completions (of any version)
     * @param theory           the learner's overall result in the version's theory assessment (ignored if none)
     * @param cases            the learner's case-log entries for this course
     * @param osce             the learner's records at this course's stations (stations without one are not sat)
     */
    public static CompletionReport evaluate(CourseVersion version, UserId learner, Set<LessonId> completedLessons,
                                            OverallGrade theory, List<CaseLogEntry> cases, List<OsceRecord> osce) {
        boolean othersWork = cases.stream().anyMatch(entry -> !entry.trainee().equals(learner)
                || !entry.course().equals(version.course()))
                || osce.stream().anyMatch(record -> !record.trainee().equals(learner));
        if (othersWork) {
            throw new IllegalArgumentException("cases and OSCE records must be the learner's own, for this course");
        }
        CompletionRequirements requirements = version.requirements();
        List<UnmetCriterion> unmet = new ArrayList<>();
        Progress progress = Progress.of(version, completedLessons);
        if (!progress.complete()) {
            unmet.add(new UnmetCriterion(CompletionCriterion.LESSONS, (progress.required()
                    - progress.completedRequired()) + " of " + progress.required() + " required lessons to go"));
        }
        Optional<OverallGrade> theoryResult = requirements.theory().map(assessment -> theory);
        theoryResult.filter(result -> !result.passed())
                .ifPresent(result -> unmet.add(new UnmetCriterion(CompletionCriterion.THEORY, describe(result))));
        Optional<PracticalProgress> practical = requirements.practical()
                .map(requirement -> PracticalProgress.of(requirement, cases));
        practical.filter(counts -> !counts.met()).ifPresent(counts -> unmet.add(new UnmetCriterion(
                CompletionCriterion.PRACTICAL_CASES, describe(counts.shortfall()))));
        List<OsceRecord> stations = new ArrayList<>();
        for (OsceStation station : requirements.stations()) {
            OsceRecord record = osce.stream().filter(r -> r.station().id().equals(station.id())).findFirst()
                    .orElseGet(() -> OsceRecord.none(station, learner));
            stations.add(record);
            if (record.status() != OsceStatus.PASSED) {
                unmet.add(new UnmetCriterion(CompletionCriterion.OSCE_STATIONS, "OSCE station '" + station.name()
                        + "': " + record.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
        }
        return new CompletionReport(version.number(), progress, theoryResult, practical, stations, unmet);
    }

    /** Whether the course version is completed. */
    public boolean complete() {
        return unmet.isEmpty();
    }

    private static String describe(OverallGrade result) {
        if (result instanceof OverallGrade.Decided decided) {
            return "the theory assessment scored " + decided.value() + ", which is not a pass";
        }
        if (result instanceof OverallGrade.Awaiting) {
            return "the theory assessment waits for an instructor to mark it";
        }
        return "the theory assessment has not been taken";
    }

    private static String describe(Map<Modality, Integer> shortfall) {
        return shortfall.entrySet().stream()
                .map(gap -> gap.getValue() + " more " + gap.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ")) + " case(s) to be signed off";
    }
}
