package com.laca.domain.academy.assessment;

import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a paper can be drawn from at the moment an attempt starts: the current version of each question and
 * the banks' members.
 *
 * @param current the current version of every question named by a slot or a bank
 * @param banks   each bank's questions
 */
public record QuestionPool(Map<QuestionId, Question> current, Map<QuestionBankId, List<QuestionId>> banks) {

    public QuestionPool {
        current = Map.copyOf(current);
        banks = Map.copyOf(banks);
        for (Map.Entry<QuestionId, Question> entry : current.entrySet()) {
            if (!entry.getValue().id().equals(entry.getKey())) {
                throw new IllegalArgumentException("question " + entry.getValue().key() + " is filed under "
                        + entry.getKey());
            }
        }
        for (Map.Entry<QuestionBankId, List<QuestionId>> bank : banks.entrySet()) {
            for (QuestionId member : bank.getValue()) {
                if (!current.containsKey(member)) {
                    throw new IllegalArgumentException("bank " + bank.getKey() + " names question " + member
                            + " whose current version is missing");
                }
            }
        }
    }

    /** The current version of a question. */
    public Optional<Question> question(QuestionId id) {
        return Optional.ofNullable(current.get(id));
    }

    /** A bank's questions, empty if there is no such bank. */
    public List<QuestionId> bank(QuestionBankId bank) {
        return banks.getOrDefault(bank, List.of());
    }
}
