package com.laca.adapter.rest.safety;

import com.laca.application.safety.port.in.QuestionnaireForTreatment;
import com.laca.domain.safety.Question;
import java.util.List;

/**
 * The questions a booking page shows before a treatment, and the version to send back with the answers.
 *
 * @param version   the questionnaire version
 * @param category  the treatment's category
 * @param questions the questions; a follow-up is asked only when {@code askedIf} holds
 */
public record QuestionnaireResponse(String version, String category, List<QuestionJson> questions) {

    /** One question. */
    public record QuestionJson(String code, String text, String type, List<String> options, AskedIf askedIf) {
    }

    /** A follow-up's condition: the parent question's answer. */
    public record AskedIf(String question, String answer) {
    }

    static QuestionnaireResponse from(QuestionnaireForTreatment q) {
        return new QuestionnaireResponse(q.version(), q.category().name(),
                q.questions().stream().map(QuestionnaireResponse::question).toList());
    }

    private static QuestionJson question(Question q) {
        return new QuestionJson(q.id().value(), q.text(), q.type().name(), q.options(),
                q.askedIf().map(f -> new AskedIf(f.parent().value(), f.answer())).orElse(null));
    }
}
