package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads raw status lines, which java.net.http hides: Payara's HTTP layer once wrote "428 CUSTOM" and "422 CUSTOM". */
@ExtendWith(RunningServer.class)
@DisplayName("Status lines carry the real reason phrase, never CUSTOM")
class StatusLineE2EIT {

    @Test
    @DisplayName("a change without If-Match answers 'HTTP/1.1 428 Precondition Required'")
    void preconditionRequired() {
        String answer = raw("PUT", "/api/treatments/" + UUID.randomUUID(), Sessions.demoOwner(), "{}");

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 428 Precondition Required");
        assertThat(answer).contains("precondition-required");
    }

    @Test
    @DisplayName("a known status keeps its phrase: an unknown treatment answers 'HTTP/1.1 404 Not Found'")
    void knownStatusUnchanged() {
        String answer = raw("GET", "/api/treatments/" + UUID.randomUUID(), Sessions.demoOwner(), null);

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 404 Not Found");
    }

    static String statusLine(String answer) {
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    /** The raw answer to one request over a fresh connection. */
    static String raw(String method, String path, String token, String json) {
        int port = RunningServer.get().base().getPort();
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port).append("\r\nAccept: application/json\r\nConnection: close\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
