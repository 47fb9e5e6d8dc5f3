package com.laca.domain.academy.course;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalRequirement;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Foundation botulinum toxin", version 1: two modules, four required lessons and an optional one, a theory exam,
 * 2 observed + 2 supervised cases and one OSCE station; shared by the academy's specifications.
 */
public final class SampleCourses {

    /** When the live session starts. */
    public static final Instant SESSION = Instant.parse("2026-06-06T09:00:00Z");

    public final CourseId course = CourseId.random();
    public final AssessmentId exam = AssessmentId.random();
    public final Lesson video = new Lesson(LessonId.random(), "Facial anatomy", true,
            new LessonContent.VideoLink(URI.create("https://video.example/anatomy")));
    public final Lesson reading = new Lesson(LessonId.random(), "Pharmacology of toxins", true,
            new LessonContent.Reading("Botulinum toxin type A blocks acetylcholine release…"));
    public final Lesson optional = new Lesson(LessonId.random(), "History of aesthetics", false,
            new LessonContent.Reading("Optional background."));
    public final Lesson live = new Lesson(LessonId.random(), "Injection technique workshop", true,
            new LessonContent.LiveSession(SESSION, Duration.ofHours(3), "Training room 1"));
    public final Lesson practical = new Lesson(LessonId.random(), "Supervised clinic", true,
            new LessonContent.Practical("Treat models under supervision."));
    public final OsceStation consent = new OsceStation(OsceStationId.random(), "Consultation and consent", 2);
    public final PracticalRequirement practice = new PracticalRequirement(
            Map.of(Modality.OBSERVED, 2, Modality.PERFORMED_UNDER_SUPERVISION, 2),
            new Checklist(List.of(new ChecklistItem("signed", "Written consent signed"),
                    new ChecklistItem("photos", "Consent to photographs"))),
            new Checklist(List.of(new ChecklistItem("history", "Medical history taken"),
                    new ChecklistItem("contra", "Contraindications screened"))));
    public final CpdFacts cpd = new CpdFacts(new BigDecimal("6"), new BigDecimal("3.5"),
            "The CPD Certification Service", "CPD-12345", CourseLevel.FOUNDATION,
            Set.of(Profession.DOCTOR, Profession.DENTIST, Profession.NURSE, Profession.PHARMACIST));

    /** Version 1: theory, practice and the OSCE station required; certificates valid for two years. */
    public CourseVersion version1() {
        return new CourseVersion(course, 1, List.of(
                new CourseModule(ModuleId.random(), "Theory", List.of(video, reading, optional)),
                new CourseModule(ModuleId.random(), "Practice", List.of(live, practical))), cpd,
                new CompletionRequirements(Optional.of(exam), Optional.of(practice), List.of(consent)),
                Optional.of(Period.ofYears(2)));
    }

    /** Version 1 with lessons only, for progress. */
    public CourseVersion lessonsOnly(int number, List<Lesson> theory, List<Lesson> practiceLessons) {
        List<CourseModule> modules = new ArrayList<>();
        modules.add(new CourseModule(ModuleId.random(), "Theory", theory));
        if (!practiceLessons.isEmpty()) {
            modules.add(new CourseModule(ModuleId.random(), "Practice", practiceLessons));
        }
        return new CourseVersion(course, number, modules, cpd, CompletionRequirements.lessonsOnly(),
                Optional.empty());
    }
}
