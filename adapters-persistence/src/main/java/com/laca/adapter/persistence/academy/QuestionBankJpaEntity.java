package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.assessment.QuestionBank;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code academy_question_banks}. */
@Entity
@Table(name = "academy_question_banks")
class QuestionBankJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "title")
    private String title;

    protected QuestionBankJpaEntity() {
    }

    QuestionBankJpaEntity(QuestionBank bank) {
        id = bank.id().toString();
        title = bank.title();
    }

    QuestionBank toDomain() {
        return new QuestionBank(QuestionBankId.parse(id), title);
    }
}
