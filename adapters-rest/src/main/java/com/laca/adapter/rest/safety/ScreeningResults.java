package com.laca.adapter.rest.safety;

import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.safety.AnswerProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a screening result into HTTP: stored answers are a 201 with the outcome; refused answers a 400 validation
 * problem naming each question (never the answer given), so nothing refused can pass as stored.
 */
final class ScreeningResults {

    private ScreeningResults() {
    }

    static ScreeningResponse recordedOrThrow(ScreeningResult result,
                                             Function<ScreeningResult.Recorded, ScreeningResponse> view) {
        if (result instanceof ScreeningResult.Recorded recorded) {
            return view.apply(recorded);
        }
        if (result instanceof ScreeningResult.Rejected rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (AnswerProblem problem : rejected.problems()) {
                errors.putIfAbsent("answers." + problem.question(), problem.reason() + ": " + problem.message());
            }
            throw new InvalidInputException(errors);
        }
        throw new IllegalStateException("unhandled screening result " + result.getClass().getName());
    }
}
