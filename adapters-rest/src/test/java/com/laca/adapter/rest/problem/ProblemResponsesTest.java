package com.laca.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    @DisplayName("A body that did not bind is logged by its causes' classes and where the deepest was thrown, never "
            + "by their messages")
    void causesNameClassesNotMessages() {
        BadRequestException failure = new BadRequestException(new ProcessingException("reading the entity",
                new IOException("dateOfBirth 1990-04-15")));

        String logged = ProblemResponses.causes(failure);

        assertThat(logged).startsWith("jakarta.ws.rs.BadRequestException <- jakarta.ws.rs.ProcessingException"
                + " <- java.io.IOException at " + ProblemResponsesTest.class.getName());
        assertThat(logged).doesNotContain("1990").doesNotContain("reading the entity");
    }
}
