package com.laca.application.academy.port.in;

import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CpdFacts;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** The content and rules of a new course version; the service numbers it after the current one. */
public record VersionDraft(List<CourseModule> modules, CpdFacts cpd, CompletionRequirements requirements,
                           Optional<Period> certificateValidity) {
}
