package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code academy_questions}: one question version, written once. */
@Entity
@Table(name = "academy_questions")
class QuestionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 48)
    private String id;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "version")
    private int version;
    @Column(name = "bank_id")
    private String bankId;
    @Column(name = "kind")
    private String kind;
    @Column(name = "added")
    private long added;
    @Column(name = "document")
    private String document;

    protected QuestionJpaEntity() {
    }

    QuestionJpaEntity(QuestionBankId bank, Question question, long added) {
        id = rowId(question.key());
        questionId = question.id().toString();
        version = question.key().version();
        bankId = bank.toString();
        kind = AssessmentDocuments.kind(question);
        this.added = added;
        document = AssessmentDocuments.question(question);
    }

    static String rowId(QuestionKey key) {
        return key.id() + ":" + key.version();
    }

    String bankId() {
        return bankId;
    }

    Question toDomain() {
        return AssessmentDocuments.question(new QuestionKey(QuestionId.parse(questionId), version), document);
    }
}
