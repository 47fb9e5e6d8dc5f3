package com.laca.application.safety.port.in;

import java.util.Map;
import java.util.Objects;

/**
 * Answers as submitted: the questionnaire version the client was shown and question code to answer text.
 *
 * @param questionnaireVersion the version answered
 * @param answers              code to text, e.g. {@code pregnant_or_breastfeeding → no}
 */
public record SubmitScreeningCommand(String questionnaireVersion, Map<String, String> answers) {

    public SubmitScreeningCommand {
        Objects.requireNonNull(answers, "answers");
        answers = Map.copyOf(answers);
    }

    @Override
    public String toString() {
        return "SubmitScreeningCommand[" + questionnaireVersion + ", answers redacted]";
    }
}
