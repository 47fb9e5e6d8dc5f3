package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers the server makes without our resources: where Payara lets the application answer, the answer is a
 * problem+json like every other; where Payara answers before any application code runs (documented in
 * docs/api.md), it still answers at once, names no software and carries no page or trace.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Answers made by the container")
class ContainerAnswersE2EIT {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            FOO,      /health/live
            PATCH,    /health/ready
            PROPFIND, /openapi
            FOO,      /api/staff
            PATCH,    /nothing
            """)
    @DisplayName("A method a servlet does not know is a problem, never an HTML page")
    void unknownMethodsAreProblems(String method, String path) {
        Api.Response response = Api.anonymous().send(method, path, null, Map.of());
        assertThat(response.status()).as(response.toString()).isIn(401, 404, 405, 501);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html").doesNotContainIgnoringCase("payara");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a NUL in the path                      | GET /api/public/demo%00clinic/treatments HTTP/1.1 | Host: laca              | 400
            a backslash in the path                | GET /api\\public HTTP/1.1                         | Host: laca              | 400
            a path above the root                  | GET /../../etc/passwd HTTP/1.1                    | Host: laca              | 400
            an invalid percent-encoding            | GET /api/public/demo%zzclinic/treatments HTTP/1.1 | Host: laca              | 200
            no Host on HTTP/1.1                    | GET /health/live HTTP/1.1                         | X-Nothing: 1            | 400
            two Content-Lengths                    | POST /api/auth/login HTTP/1.1                     | Host: laca;Content-Length: 2;Content-Length: 3 | 400
            an unknown HTTP version                | GET /health/live HTTP/9.9                         | Host: laca              | 505
            CONNECT to a host                      | CONNECT example.com:443 HTTP/1.1                  | Host: example.com:443   | 400
            """)
    @DisplayName("What Payara answers itself (docs/api.md) is answered at once, empty, with no software named")
    void payaraAnswersAtOnce(String what, String requestLine, String headers, int status) {
        RawHttp.Answer answer = RawHttp.exchange(RunningServer.get().base(), requestLine + "\r\n"
                + headers.replace(";", "\r\n") + "\r\nConnection: close\r\n\r\n", Duration.ofSeconds(3));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.firstByte()).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.body()).isEmpty();
        assertThat(answer.raw()).doesNotContainIgnoringCase("payara").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"headers of 9000 bytes, 1, 9000", "headers of 20000 bytes, 1, 20000", "105 headers, 105, 10"})
    @DisplayName("Headers over 8 KiB or over 100 of them are refused by Payara at once with 400, naming no software")
    void oversizedHeaders(String what, int count, int size) {
        StringBuilder request = new StringBuilder("GET /health/live HTTP/1.1\r\nHost: laca\r\n");
        for (int i = 0; i < count; i++) {
            request.append("X-Padding-").append(i).append(": ").append("a".repeat(size)).append("\r\n");
        }
        RawHttp.Answer answer = RawHttp.exchange(RunningServer.get().base(),
                request.append("Connection: close\r\n\r\n").toString(), Duration.ofSeconds(3));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.firstByte()).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.raw()).doesNotContainIgnoringCase("payara");
    }
}
