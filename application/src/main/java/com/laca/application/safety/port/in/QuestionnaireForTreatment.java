package com.laca.application.safety.port.in;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Question;
import java.util.List;
import java.util.Objects;

/**
 * The questions a client answers before a treatment, with the version their answers must name.
 *
 * @param version   the questionnaire version
 * @param category  the treatment's category
 * @param questions the questions asked for it, follow-ups included (asked only after their parent answer); empty for
 *                  a treatment that needs no screening
 */
public record QuestionnaireForTreatment(String version, TreatmentCategory category, List<Question> questions) {

    public QuestionnaireForTreatment {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(category, "category");
        questions = List.copyOf(questions);
    }
}
