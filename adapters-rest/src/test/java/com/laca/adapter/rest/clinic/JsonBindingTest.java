package com.laca.adapter.rest.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.laca.adapter.rest.common.StrictJson;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs the request records through Yasson, the JSON-B implementation Payara uses, configured as the server is. */
class JsonBindingTest {

    private final Jsonb jsonb = JsonbBuilder.create(StrictJson.config());

    @AfterEach
    void close() throws Exception {
        jsonb.close();
    }

    @Test
    @DisplayName("a treatment request binds from JSON, leaving omitted numbers to their defaults")
    void bindsTreatmentRequests() {
        TreatmentRequest request = jsonb.fromJson("""
                {"name":"Chemical peel","category":"CHEMICAL_PEEL","durationMinutes":45,"priceMinorUnits":9500,
                 "requiredResourceTypes":["TREATMENT_ROOM"],"unknownField":1}""", TreatmentRequest.class);

        assertThat(request.toDraft().priceMinorUnits()).isEqualTo(9500);
        assertThat(request.slotStepMinutes()).isNull();
    }

    @Test
    @DisplayName("a number sent as text becomes a malformed-body problem naming the property")
    void wrongTypeNamesTheProperty() {
        Throwable failure = catchThrowable(() -> jsonb.fromJson("""
                {"name":"Peel","category":"CHEMICAL_PEEL","durationMinutes":"forty","priceMinorUnits":9500}""",
                TreatmentRequest.class));

        Problem problem = Problems.forException(failure);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/malformed-body");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("durationMinutes");
    }

    @Test
    @DisplayName("broken JSON becomes a 400 malformed-body problem, not a 500")
    void brokenJson() {
        Throwable failure = catchThrowable(() -> jsonb.fromJson("{\"name\":", TreatmentRequest.class));

        assertThat(Problems.forException(failure).status()).isEqualTo(400);
    }
}
