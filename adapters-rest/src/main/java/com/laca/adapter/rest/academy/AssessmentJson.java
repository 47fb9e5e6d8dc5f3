package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.AttemptPaper;
import com.laca.application.academy.port.in.EssayToGrade;
import com.laca.application.academy.port.in.RegradePreview;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.AttemptChange;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerChange;
import com.laca.domain.academy.assessment.LearnerReview;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.assessment.RegradeAudit;
import com.laca.domain.academy.assessment.ReviewItem;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Item;
import com.laca.domain.academy.question.MatchingQuestion;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.NumericQuestion;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TrueFalseQuestion;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The assessment area's answers. What a trainee is shown of a question ({@link PaperQuestion}) carries no credit,
 * right answer or grader guidance at all, so no page can leak them; staff see questions whole
 * ({@link QuestionResponse}). Marks are exact decimals as text (four places at most), never floating point.
 */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static String decimalText(Fraction value) {
        return value.toDecimal(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String typeOf(Question question) {
        if (question instanceof SingleChoiceQuestion) {
            return "SINGLE_CHOICE";
        } else if (question instanceof MultipleChoiceQuestion) {
            return "MULTIPLE_CHOICE";
        } else if (question instanceof TrueFalseQuestion) {
            return "TRUE_FALSE";
        } else if (question instanceof NumericQuestion) {
            return "NUMERIC";
        } else if (question instanceof ShortTextQuestion) {
            return "SHORT_TEXT";
        } else if (question instanceof MatchingQuestion) {
            return "MATCHING";
        } else if (question instanceof OrderingQuestion) {
            return "ORDERING";
        }
        return "ESSAY";
    }

    /** A question bank. */
    @Schema(name = "QuestionBankResponse")
    public record BankResponse(String id, String title) {
        static BankResponse from(QuestionBank bank) {
            return new BankResponse(bank.id().toString(), bank.title());
        }
    }

    /** Question banks. */
    @Schema(name = "QuestionBankList")
    public record BankList(List<BankResponse> items) {
    }

    /** A choice as staff see it, with its credit. */
    @Schema(name = "QuestionChoiceResponse")
    public record ChoiceResponse(String key, String text, String credit, String feedback) {
        static ChoiceResponse from(Choice c) {
            return new ChoiceResponse(c.key(), c.text(), decimalText(c.credit()), c.feedback().orElse(null));
        }
    }

    /** A question version as staff see it: the whole question, answer key included. */
    @Schema(name = "QuestionResponse")
    public record QuestionResponse(String id, int version, String type, String stem, String maxMarks,
                                   List<ChoiceResponse> choices, Boolean answer, String expected,
                                   List<String> units, List<String> patterns, Map<String, String> prompts,
                                   Map<String, String> answers, Map<String, String> right, List<String> items,
                                   String graderGuidance) {
        static QuestionResponse from(Question q) {
            List<ChoiceResponse> choices = q instanceof SingleChoiceQuestion s
                    ? s.choices().stream().map(ChoiceResponse::from).toList()
                    : q instanceof MultipleChoiceQuestion m ? m.choices().stream().map(ChoiceResponse::from).toList()
                    : null;
            return new QuestionResponse(q.id().toString(), q.key().version(), typeOf(q), q.stem(), decimalText(q.maxMarks()),
                    choices, q instanceof TrueFalseQuestion t ? t.answer() : null,
                    q instanceof NumericQuestion n ? decimalText(n.expected()) : null,
                    q instanceof NumericQuestion n ? n.units().stream().map(u -> u.symbol()).toList() : null,
                    q instanceof ShortTextQuestion st ? st.answers().stream().map(a -> a.pattern() + " = "
                            + decimalText(a.credit())).toList() : null,
                    q instanceof MatchingQuestion mq ? texts(mq.prompts()) : null,
                    q instanceof MatchingQuestion mq ? texts(mq.answers()) : null,
                    q instanceof MatchingQuestion mq ? mq.right() : null,
                    q instanceof OrderingQuestion o ? o.items().stream().map(Item::key).toList() : null,
                    q instanceof EssayQuestion e ? e.graderGuidance().orElse(null) : null);
        }
    }

    /** Questions. */
    @Schema(name = "QuestionList")
    public record QuestionList(List<QuestionResponse> items) {
    }

    /** An assessment as staff set it up. */
    @Schema(name = "AssessmentResponse")
    public record AssessmentResponse(String id, String courseId, String title, String kind, String passMark,
                                     String gradingMethod, int attemptLimit, Long timeLimitMinutes, Instant opensAt,
                                     Instant closesAt, long graceSeconds, List<Map<String, Object>> slots,
                                     boolean shuffleQuestions, boolean shuffleOptions) {
        static AssessmentResponse from(CourseAssessment found) {
            Assessment a = found.assessment();
            List<Map<String, Object>> slots = a.blueprint().slots().stream().map(slot -> {
                Map<String, Object> json = new LinkedHashMap<>();
                if (slot instanceof QuestionSlot.Fixed fixed) {
                    json.put("questionId", fixed.question().toString());
                } else if (slot instanceof QuestionSlot.FromBank bank) {
                    json.put("bankId", bank.bank().toString());
                    json.put("count", bank.count());
                }
                return json;
            }).toList();
            return new AssessmentResponse(a.id().toString(), found.course().toString(), a.title(), a.kind().name(),
                    a.scheme().passMark().percent().toPlainString(), a.gradingMethod().name(),
                    a.rules().attemptLimit(), a.rules().timeLimit().map(d -> d.toMinutes()).orElse(null),
                    a.rules().opensAt().orElse(null), a.rules().closesAt().orElse(null),
                    a.rules().grace().toSeconds(), slots, a.blueprint().shuffleQuestions(),
                    a.blueprint().shuffleOptions());
        }
    }

    /** Assessments. */
    @Schema(name = "AssessmentList")
    public record AssessmentList(List<AssessmentResponse> items) {
    }

    /** An option a trainee may pick or place: its key and text only. */
    @Schema(name = "PaperOption")
    public record PaperOption(String key, String text) {
    }

    /**
     * A question as a trainee sees it on the paper: stem, worth, and the options in the order this attempt shows
     * them; never a credit, a right answer, feedback or an essay's grader guidance.
     */
    @Schema(name = "PaperQuestion")
    public record PaperQuestion(String id, int version, String type, String stem, String maxMarks,
                                List<PaperOption> options, List<PaperOption> prompts, List<String> units) {
        static PaperQuestion from(Question q, PinnedQuestion pinned) {
            List<PaperOption> options = null;
            List<PaperOption> prompts = null;
            if (q instanceof SingleChoiceQuestion s) {
                options = ordered(s.choices().stream().collect(Collectors.toMap(Choice::key, Choice::text)), pinned);
            } else if (q instanceof MultipleChoiceQuestion m) {
                options = ordered(m.choices().stream().collect(Collectors.toMap(Choice::key, Choice::text)), pinned);
            } else if (q instanceof OrderingQuestion o) {
                options = ordered(texts(o.items()), pinned);
            } else if (q instanceof MatchingQuestion mq) {
                options = ordered(texts(mq.answers()), pinned);
                prompts = mq.prompts().stream().map(i -> new PaperOption(i.key(), i.text())).toList();
            }
            return new PaperQuestion(q.id().toString(), q.key().version(), typeOf(q), q.stem(), decimalText(q.maxMarks()),
                    options, prompts, q instanceof NumericQuestion n && !n.units().isEmpty()
                    ? n.units().stream().map(u -> u.symbol()).toList() : null);
        }

        private static List<PaperOption> ordered(Map<String, String> texts, PinnedQuestion pinned) {
            return pinned.displayOrder().stream().map(key -> new PaperOption(key, texts.get(key))).toList();
        }
    }

    /** An attempt as its trainee sees it: the paper, the saved answers and where it stands (no marks). */
    @Schema(name = "AttemptResponse")
    public record AttemptResponse(String id, String assessmentId, String assessmentTitle, int number, String state,
                                  Instant startedAt, Instant deadline, Instant answersAcceptedUntil, int sequence,
                                  Instant finishedAt, String finishReason, List<PaperQuestion> questions,
                                  Map<String, Object> answers) {
        static AttemptResponse from(AttemptPaper paper) {
            Attempt a = paper.attempt();
            List<PaperQuestion> questions = new java.util.ArrayList<>();
            for (int i = 0; i < a.paper().size(); i++) {
                questions.add(PaperQuestion.from(paper.questions().get(i), a.paper().get(i)));
            }
            Map<String, Object> answers = new LinkedHashMap<>();
            a.answers().forEach((q, r) -> answers.put(q.toString(), answer(r)));
            return new AttemptResponse(a.id().toString(), a.assessment().toString(), paper.assessment().title(),
                    a.number(), a.state().name(), a.startedAt(), a.deadline().orElse(null), a.cutoff().orElse(null),
                    a.sequence(), a.finishedAt().orElse(null), a.finishReason().map(Enum::name).orElse(null),
                    questions, answers);
        }
    }

    /** A trainee's attempts. */
    @Schema(name = "AttemptList")
    public record AttemptList(List<AttemptResponse> items) {
    }

    /** An attempt as staff see it: the trainee, the grade and each question's marks. */
    @Schema(name = "StaffAttemptResponse")
    public record StaffAttemptResponse(AttemptResponse attempt, String learnerId, String score, Boolean passed,
                                       List<String> awaitingGrading, Map<String, String> marks) {
        static StaffAttemptResponse from(AttemptPaper paper) {
            Attempt a = paper.attempt();
            String score = null;
            Boolean passed = null;
            List<String> awaiting = List.of();
            Map<String, String> marks = new LinkedHashMap<>();
            if (a.grade().isPresent()) {
                AttemptGrade grade = a.grade().get();
                if (grade instanceof AttemptGrade.Graded graded) {
                    score = graded.score().percent().toPlainString();
                    passed = graded.passed();
                } else if (grade instanceof AttemptGrade.AwaitingGrading waiting) {
                    awaiting = waiting.awaiting().stream().map(k -> k.id().toString()).toList();
                }
                grade.questions().forEach(r -> marks.put(r.key().id().toString(),
                        r.marks().map(AssessmentJson::decimalText).orElse(null)));
            }
            return new StaffAttemptResponse(AttemptResponse.from(paper), a.learner().toString(), score, passed,
                    awaiting, marks);
        }
    }

    /** Attempts as staff see them. */
    @Schema(name = "StaffAttemptList")
    public record StaffAttemptList(List<StaffAttemptResponse> items) {
    }

    /** One item of a trainee's review: on a summative exam only their own answer. */
    @Schema(name = "ReviewItemResponse")
    public record ReviewItemJson(String questionId, int version, Object yourAnswer, String maxMarks, String marks,
                                 List<String> feedback, QuestionResponse answerKey) {
        static ReviewItemJson from(ReviewItem item) {
            return new ReviewItemJson(item.key().id().toString(), item.key().version(),
                    item.yourAnswer().map(AssessmentJson::answer).orElse(null), decimalText(item.maxMarks()),
                    item.marks().map(AssessmentJson::decimalText).orElse(null), item.feedback().isEmpty() ? null
                    : item.feedback(), item.answerKey().map(AssessmentJson::forLearner).orElse(null));
        }
    }

    /** What a trainee may see of their finished attempt, as the assessment's kind allows. */
    @Schema(name = "ReviewResponse")
    public record ReviewResponse(String state, String score, Boolean passed, String feedback,
                                 List<ReviewItemJson> items) {
        static ReviewResponse from(LearnerReview review) {
            return new ReviewResponse(review.state().name(), review.score().map(s -> s.percent().toPlainString())
                    .orElse(null), review.passed().orElse(null), review.bandFeedback().orElse(null),
                    review.items().stream().map(ReviewItemJson::from).toList());
        }
    }

    /** An essay waiting for an instructor. */
    @Schema(name = "EssayToGradeResponse")
    public record EssayResponse(String attemptId, String learnerId, String questionId, int version, String stem,
                                String maxMarks, String graderGuidance, String answer, Instant finishedAt) {
        static EssayResponse from(EssayToGrade essay) {
            return new EssayResponse(essay.attempt().toString(), essay.attemptState().learner().toString(),
                    essay.question().id().toString(), essay.question().key().version(), essay.question().stem(),
                    decimalText(essay.question().maxMarks()), essay.question().graderGuidance().orElse(null),
                    essay.answer().orElse(null), essay.attemptState().finishedAt().orElse(null));
        }
    }

    /** The essay queue. */
    @Schema(name = "EssayQueue")
    public record EssayQueue(List<EssayResponse> items) {
    }

    /** One attempt whose grade a regrade changes. */
    @Schema(name = "RegradeAttemptChange")
    public record AttemptChangeJson(String attemptId, String learnerId, int number, String before, String after) {
        static AttemptChangeJson from(AttemptChange c) {
            return new AttemptChangeJson(c.attempt().toString(), c.learner().toString(), c.number(),
                    describe(c.before()), describe(c.after()));
        }
    }

    /** One learner whose overall result a regrade changes. */
    @Schema(name = "RegradeLearnerChange")
    public record LearnerChangeJson(String learnerId, String before, String after, boolean losesPass,
                                    boolean gainsPass) {
        static LearnerChangeJson from(LearnerChange c) {
            return new LearnerChangeJson(c.learner().toString(), describe(c.before()), describe(c.after()),
                    c.losesPass(), c.gainsPass());
        }
    }

    /** A regrade's diff and consequences, and whether it was applied. */
    @Schema(name = "RegradeResponse")
    public record RegradeResponse(boolean applied, String fingerprint, String summary,
                                  List<AttemptChangeJson> attemptChanges, List<LearnerChangeJson> learnerChanges,
                                  List<String> problems, List<String> notes) {
        static RegradeResponse from(RegradePreview preview) {
            return new RegradeResponse(preview.applied(), preview.fingerprint(), preview.plan().summary(),
                    preview.plan().attemptChanges().stream().map(AttemptChangeJson::from).toList(),
                    preview.plan().learnerChanges().stream().map(LearnerChangeJson::from).toList(),
                    preview.plan().problems().stream().map(p -> p.attempt() + " " + p.question() + ": "
                            + p.reason()).toList(), preview.impact().notes());
        }
    }

    /** An applied regrade's audit entry. */
    @Schema(name = "RegradeAuditResponse")
    public record AuditResponse(String appliedBy, Instant appliedAt, String reason, String summary,
                                List<String> notes) {
        static AuditResponse from(RegradeAudit a) {
            return new AuditResponse(a.appliedBy().toString(), a.appliedAt(), a.reason(), a.summary(), a.notes());
        }
    }

    /** Applied regrades. */
    @Schema(name = "RegradeAuditList")
    public record AuditList(List<AuditResponse> items) {
    }

    static String describe(AttemptGrade grade) {
        if (grade instanceof AttemptGrade.Graded graded) {
            return graded.score() + (graded.passed() ? " (pass)" : " (fail)");
        }
        return "awaiting grading";
    }

    static String describe(OverallGrade grade) {
        if (grade instanceof OverallGrade.Decided decided) {
            return decided.value() + (decided.passed() ? " (pass)" : " (fail)");
        }
        if (grade instanceof OverallGrade.Awaiting) {
            return "awaiting grading";
        }
        return "not attempted";
    }

    /** A question a formative review may show whole, minus an essay's grader guidance. */
    static QuestionResponse forLearner(Question question) {
        QuestionResponse whole = QuestionResponse.from(question);
        return new QuestionResponse(whole.id(), whole.version(), whole.type(), whole.stem(), whole.maxMarks(),
                whole.choices(), whole.answer(), whole.expected(), whole.units(), whole.patterns(), whole.prompts(),
                whole.answers(), whole.right(), whole.items(), null);
    }

    static Object answer(Response response) {
        if (response instanceof Response.SelectedOption r) {
            return Map.of("option", r.option());
        } else if (response instanceof Response.SelectedOptions r) {
            return Map.of("options", r.options().stream().sorted().toList());
        } else if (response instanceof Response.TrueOrFalse r) {
            return Map.of("trueOrFalse", r.value());
        } else if (response instanceof Response.NumberWithUnit r) {
            return Map.of("number", r.value().toPlainString() + r.unit().map(u -> " " + u).orElse(""));
        } else if (response instanceof Response.Text r) {
            return Map.of("text", r.text());
        } else if (response instanceof Response.Pairs r) {
            return Map.of("pairs", r.pairs());
        } else if (response instanceof Response.Sequence r) {
            return Map.of("order", r.items());
        }
        return Map.of();
    }

    private static Map<String, String> texts(List<Item> items) {
        return items.stream().collect(Collectors.toMap(Item::key, Item::text, (a, b) -> a, LinkedHashMap::new));
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
