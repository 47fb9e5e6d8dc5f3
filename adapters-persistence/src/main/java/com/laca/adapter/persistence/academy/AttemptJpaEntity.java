package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.AttemptState;
import com.laca.domain.academy.assessment.FinishReason;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.AttemptGrader;
import com.laca.domain.academy.question.Question;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A row of {@code academy_attempts}: the lifecycle facts as columns (the closing job queries the cutoff), the paper,
 * answers and essay marks as a document; the grade is recomputed from the pinned versions on reading.
 */
@Entity
@Table(name = "academy_attempts")
class AttemptJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "learner_id")
    private String learnerId;
    @Column(name = "number")
    private int number;
    @Column(name = "state")
    private String state;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "deadline")
    private OffsetDateTime deadline;
    @Column(name = "grace_seconds")
    private int graceSeconds;
    @Column(name = "cutoff")
    private OffsetDateTime cutoff;
    @Column(name = "sequence")
    private int sequence;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "finish_reason")
    private String finishReason;
    @Column(name = "percent")
    private BigDecimal percent;
    @Column(name = "document")
    private String document;
    @Version
    @Column(name = "version")
    private long version;

    protected AttemptJpaEntity() {
    }

    AttemptJpaEntity(Attempt attempt) {
        id = attempt.id().toString();
        assessmentId = attempt.assessment().toString();
        learnerId = attempt.learner().toString();
        number = attempt.number();
        startedAt = Columns.timestamp(attempt.startedAt());
        deadline = attempt.deadline().map(Columns::timestamp).orElse(null);
        graceSeconds = (int) attempt.grace().toSeconds();
        cutoff = attempt.cutoff().map(Columns::timestamp).orElse(null);
        copyFrom(attempt);
    }

    String learnerId() {
        return learnerId;
    }

    int number() {
        return number;
    }

    /** Copies what changes over an attempt's life. */
    void copyFrom(Attempt attempt) {
        state = attempt.state().name();
        sequence = attempt.sequence();
        finishedAt = attempt.finishedAt().map(Columns::timestamp).orElse(null);
        finishReason = attempt.finishReason().map(Enum::name).orElse(null);
        percent = attempt.grade().filter(AttemptGrade.Graded.class::isInstance)
                .map(g -> ((AttemptGrade.Graded) g).score().percent()).orElse(null);
        document = AssessmentDocuments.attempt(attempt.paper(), attempt.answers(), attempt.manualGrades(),
                attempt.grade().map(AttemptGrade::scheme));
    }

    List<com.laca.domain.academy.assessment.PinnedQuestion> paper() {
        return AssessmentDocuments.paper(document);
    }

    /** The attempt, graded again from the pinned versions given (in paper order) if it is finished. */
    Attempt toDomain(List<Question> pinned) {
        var answers = AssessmentDocuments.answers(document);
        var manual = AssessmentDocuments.manualGrades(document);
        Optional<AttemptGrade> grade = AssessmentDocuments.gradedUnder(document)
                .map(scheme -> AttemptGrader.grade(pinned, answers, manual, scheme));
        return new Attempt(AttemptId.parse(id), AssessmentId.parse(assessmentId), UserId.parse(learnerId), number,
                Columns.instant(startedAt), Optional.ofNullable(deadline).map(Columns::instant),
                Duration.ofSeconds(graceSeconds), AssessmentDocuments.paper(document), answers, sequence,
                AttemptState.valueOf(state), Optional.ofNullable(finishedAt).map(Columns::instant),
                Optional.ofNullable(finishReason).map(FinishReason::valueOf), manual, grade);
    }
}
