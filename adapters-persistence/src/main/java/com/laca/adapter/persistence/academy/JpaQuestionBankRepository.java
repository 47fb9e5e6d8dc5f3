package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.QuestionBankRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores banks in {@code academy_question_banks} and question versions in {@code academy_questions}; the unique
 * (question, version) constraint makes two editors saving at once get one version each or a conflict.
 */
public final class JpaQuestionBankRepository extends JpaRepositorySupport implements QuestionBankRepository {

    public JpaQuestionBankRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insertBank(QuestionBank bank) {
        EntityManager em = tenantEm();
        em.persist(new QuestionBankJpaEntity(bank));
        flush(em, "question bank", bank.id(), "question bank " + bank.id() + " exists");
    }

    @Override
    public Optional<QuestionBank> findBank(QuestionBankId id) {
        return Optional.ofNullable(tenantEm().find(QuestionBankJpaEntity.class, id.toString()))
                .map(QuestionBankJpaEntity::toDomain);
    }

    @Override
    public List<QuestionBank> listBanks() {
        return tenantEm().createQuery("select b from QuestionBankJpaEntity b order by b.title, b.id",
                QuestionBankJpaEntity.class).getResultList().stream().map(QuestionBankJpaEntity::toDomain).toList();
    }

    @Override
    public void insertQuestion(QuestionBankId bank, Question question) {
        Optional<QuestionBankId> home = bankOf(question.id());
        if (home.isPresent() && !home.get().equals(bank)) {
            throw new ConflictException("question " + question.id() + " belongs to another bank");
        }
        EntityManager em = tenantEm();
        long added = em.createQuery("select count(q) from QuestionJpaEntity q", Long.class).getSingleResult() + 1;
        em.persist(new QuestionJpaEntity(bank, question, added));
        flush(em, "question", question.key(), "question version " + question.key() + " exists, or the bank "
                + "is not in this academy");
    }

    @Override
    public Optional<Question> findQuestion(QuestionKey key) {
        return Optional.ofNullable(tenantEm().find(QuestionJpaEntity.class, QuestionJpaEntity.rowId(key)))
                .map(QuestionJpaEntity::toDomain);
    }

    @Override
    public Optional<Question> currentQuestion(QuestionId id) {
        return tenantEm().createQuery("select q from QuestionJpaEntity q where q.questionId = :id "
                        + "order by q.version desc", QuestionJpaEntity.class)
                .setParameter("id", id.toString()).setMaxResults(1)
                .getResultStream().findFirst().map(QuestionJpaEntity::toDomain);
    }

    @Override
    public Optional<QuestionBankId> bankOf(QuestionId id) {
        return tenantEm().createQuery("select q from QuestionJpaEntity q where q.questionId = :id",
                        QuestionJpaEntity.class)
                .setParameter("id", id.toString()).setMaxResults(1)
                .getResultStream().findFirst().map(q -> QuestionBankId.parse(q.bankId()));
    }

    @Override
    public List<Question> currentQuestions(QuestionBankId bank) {
        Map<QuestionId, Question> latest = new LinkedHashMap<>();
        tenantEm().createQuery("select q from QuestionJpaEntity q where q.bankId = :bank "
                        + "order by q.added, q.questionId, q.version", QuestionJpaEntity.class)
                .setParameter("bank", bank.toString()).getResultList().stream().map(QuestionJpaEntity::toDomain)
                .forEach(q -> latest.merge(q.id(), q, (a, b) -> b.key().version() > a.key().version() ? b : a));
        return new ArrayList<>(latest.values());
    }
}
