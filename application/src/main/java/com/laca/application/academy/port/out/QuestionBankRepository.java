package com.laca.application.academy.port.out;

import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's question banks and every version of their questions; a question version is written
 * once and never changed, so an attempt that pinned it is always graded against what the learner was shown.
 */
public interface QuestionBankRepository {

    /** Stores a new bank; {@link com.laca.application.shared.ConflictException} if the id exists. */
    void insertBank(QuestionBank bank);

    Optional<QuestionBank> findBank(QuestionBankId id);

    List<QuestionBank> listBanks();

    /**
     * Stores a question version in a bank; {@link com.laca.application.shared.ConflictException} if the version is
     * taken (two editors saving at once never both make version n) or the question lives in another bank.
     */
    void insertQuestion(QuestionBankId bank, Question question);

    Optional<Question> findQuestion(QuestionKey key);

    /** The latest version of the question, if it exists. */
    Optional<Question> currentQuestion(QuestionId id);

    /** The bank that holds the question, if it exists. */
    Optional<QuestionBankId> bankOf(QuestionId id);

    /** The latest version of every question in the bank, in the order they were first added. */
    List<Question> currentQuestions(QuestionBankId bank);
}
