package com.laca.domain.academy.access;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Texts;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.academy.grading.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A prerequisite for entering a course, composable with {@link AllOf} and {@link AnyOf} to any depth (Moodle's
 * "restrict access"); evaluating it is a pure function of the {@link LearnerFacts}.
 */
public sealed interface AccessRule {

    /** The most nesting a rule may have; deeper trees are a configuration mistake nobody could read. */
    int MAX_DEPTH = 6;

    /** Allowed, or denied with every unmet condition. */
    AccessDecision evaluate(LearnerFacts facts);

    /** How deeply this rule nests groups. */
    default int depth() {
        return 1;
    }

    /** No prerequisite: anyone may enter. */
    static AccessRule none() {
        return new AllOf(List.of());
    }

    /**
     * Another course must have been completed.
     *
     * @param title the course's title, for the reason shown
     */
    record CourseCompleted(CourseId course, String title) implements AccessRule {

        public CourseCompleted {
            Objects.requireNonNull(course, "course");
            title = Texts.required(title, "course title", 200);
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            return facts.completedCourses().contains(course) ? new AccessDecision.Allowed()
                    : denied(UnmetCondition.Code.COURSE_NOT_COMPLETED, "complete the course '" + title + "' first");
        }
    }

    /**
     * A registration with one of these bodies, verified by an administrator, e.g. any of GMC, NMC, GDC, GPhC for
     * an injectables course.
     *
     * @param bodies at least one
     */
    record RegistrationVerified(Set<RegulatoryBody> bodies) implements AccessRule {

        public RegistrationVerified {
            if (bodies.isEmpty()) {
                throw new IllegalArgumentException("name at least one register");
            }
            bodies = Set.copyOf(EnumSet.copyOf(bodies));
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            for (ProfessionalRegistration registration : facts.registrations()) {
                if (registration.isVerified() && bodies.contains(registration.body())) {
                    return new AccessDecision.Allowed();
                }
            }
            String names = EnumSet.copyOf(bodies).stream().map(Enum::name).collect(Collectors.joining(", "));
            return denied(UnmetCondition.Code.REGISTRATION_NOT_VERIFIED,
                    "a registration with " + names + " verified by the academy");
        }
    }

    /**
     * Open from a moment on (inclusive).
     *
     * @param from the first moment the course may be entered
     */
    record OpensAt(Instant from) implements AccessRule {

        public OpensAt {
            Objects.requireNonNull(from, "from");
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            return facts.now().isBefore(from) ? denied(UnmetCondition.Code.NOT_YET_OPEN, "opens at " + from)
                    : new AccessDecision.Allowed();
        }
    }

    /**
     * Open until a moment (exclusive).
     *
     * @param until the first moment the course may no longer be entered
     */
    record ClosesAt(Instant until) implements AccessRule {

        public ClosesAt {
            Objects.requireNonNull(until, "until");
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            return facts.now().isBefore(until) ? new AccessDecision.Allowed()
                    : denied(UnmetCondition.Code.NO_LONGER_OPEN, "closed to new learners at " + until);
        }
    }

    /**
     * A shown score of at least {@code minimum} in another assessment, compared like a pass mark.
     *
     * @param title   the assessment's title, for the reason shown
     * @param minimum 0 to 100 with at most two decimal places
     */
    record MinimumGrade(AssessmentId assessment, String title, BigDecimal minimum) implements AccessRule {

        public MinimumGrade {
            Objects.requireNonNull(assessment, "assessment");
            title = Texts.required(title, "assessment title", 200);
            minimum = new PassMark(Objects.requireNonNull(minimum, "minimum")).percent();
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            Optional<Score> score = Optional.ofNullable(facts.scores().get(assessment));
            if (score.isPresent() && score.get().isAtLeast(minimum)) {
                return new AccessDecision.Allowed();
            }
            String yours = score.map(value -> " (yours: " + value + ")").orElse(" (not taken yet)");
            return denied(UnmetCondition.Code.GRADE_TOO_LOW, "at least " + minimum.toPlainString() + " % in '"
                    + title + "'" + yours);
        }
    }

    /**
     * Every rule must be met; with no rules, everything is allowed.
     *
     * @param rules the rules; the unmet ones are all reported
     */
    record AllOf(List<AccessRule> rules) implements AccessRule {

        public AllOf {
            rules = List.copyOf(rules);
            requireDepth(rules);
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            List<UnmetCondition> unmet = new ArrayList<>();
            for (AccessRule rule : rules) {
                unmet.addAll(rule.evaluate(facts).unmet());
            }
            return unmet.isEmpty() ? new AccessDecision.Allowed() : new AccessDecision.Denied(unmet);
        }

        @Override
        public int depth() {
            return 1 + rules.stream().mapToInt(AccessRule::depth).max().orElse(0);
        }
    }

    /**
     * At least one rule must be met.
     *
     * @param rules at least two alternatives
     */
    record AnyOf(List<AccessRule> rules) implements AccessRule {

        public AnyOf {
            rules = List.copyOf(rules);
            if (rules.size() < 2) {
                throw new IllegalArgumentException("'any of' needs at least two alternatives");
            }
            requireDepth(rules);
        }

        @Override
        public AccessDecision evaluate(LearnerFacts facts) {
            List<UnmetCondition> alternatives = new ArrayList<>();
            for (AccessRule rule : rules) {
                List<UnmetCondition> unmet = rule.evaluate(facts).unmet();
                if (unmet.isEmpty()) {
                    return new AccessDecision.Allowed();
                }
                alternatives.add(unmet.size() == 1 ? unmet.get(0)
                        : new UnmetCondition(UnmetCondition.Code.ALL_OF, "all of these", unmet));
            }
            return new AccessDecision.Denied(List.of(
                    new UnmetCondition(UnmetCondition.Code.ONE_OF, "one of these", alternatives)));
        }

        @Override
        public int depth() {
            return 1 + rules.stream().mapToInt(AccessRule::depth).max().orElse(0);
        }
    }

    private static AccessDecision denied(UnmetCondition.Code code, String reason) {
        return new AccessDecision.Denied(List.of(UnmetCondition.of(code, reason)));
    }

    private static void requireDepth(List<AccessRule> rules) {
        if (rules.stream().anyMatch(rule -> rule.depth() >= MAX_DEPTH)) {
            throw new IllegalArgumentException("prerequisites may nest at most " + MAX_DEPTH + " levels deep");
        }
    }
}
