package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Answers to the medical questionnaire as submitted; staff also name the treatment category. */
@Schema(name = "ScreeningRequest", requiredProperties = {"questionnaireVersion", "answers"}, properties = {
        @SchemaProperty(name = "category", example = "DERMAL_FILLER",
                description = "staff only: the treatment category answered for"),
        @SchemaProperty(name = "questionnaireVersion", example = "2026.1",
                description = "the version shown; answers to another version are refused"),
        @SchemaProperty(name = "answers", description = "question code to answer: yes/no, an ISO date, one of the "
                + "options, or text")})
public record ScreeningRequest(String category, String questionnaireVersion, Map<String, String> answers) {

    private static final int MAX_ANSWERS = 100;

    SubmitScreeningCommand toCommand() {
        Map<String, String> given = Fields.required(answers, "answers");
        if (given.size() > MAX_ANSWERS) {
            throw new InvalidInputException("answers", "must hold at most " + MAX_ANSWERS + " answers");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        given.forEach((code, text) -> {
            if (code == null || text == null) {
                throw new InvalidInputException("answers", "every answer needs a question code and a text");
            }
            copy.put(code, text);
        });
        return new SubmitScreeningCommand(Fields.required(questionnaireVersion, "questionnaireVersion"), copy);
    }

    @Override
    public String toString() {
        return "ScreeningRequest[answers redacted]";
    }
}
