package com.laca.domain.academy.assessment;

import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.Texts;
import java.util.Objects;

/** A titled set of questions that assessments draw random questions from, so papers can differ between attempts. */
public record QuestionBank(QuestionBankId id, String title) {

    public QuestionBank {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "bank title", 200);
    }
}
