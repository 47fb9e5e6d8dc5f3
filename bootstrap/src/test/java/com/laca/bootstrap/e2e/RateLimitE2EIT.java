package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-address rate limits on the public endpoints. The test server exempts 127.0.0.1 (every other test) and allows
 * {@value #AVAILABILITY_PER_MINUTE} availability requests a minute; each test sends from a loopback address of its own.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Per-address rate limits")
class RateLimitE2EIT {

    /** The test server's laca.rate-limit.availability.per-minute (RunningServer). */
    static final int AVAILABILITY_PER_MINUTE = 5;
    private static final String AVAILABILITY = "/api/public/" + Sessions.DEMO + "/availability";

    @Test
    @DisplayName("past the limit, availability answers 429 with Retry-After")
    void limited() {
        String address = "127.0.0.201";
        for (int i = 0; i < AVAILABILITY_PER_MINUTE; i++) {
            assertThat(statusLine(address, AVAILABILITY)).doesNotContain(" 429");
        }
        String refused = get(address, AVAILABILITY);
        assertThat(refused).startsWith("HTTP/1.1 429 Too Many Requests\r\n");
        assertThat(refused).containsIgnoringCase("Retry-After: ").contains("too-many-requests");
        assertThat(statusLine("127.0.0.202", AVAILABILITY)).doesNotContain(" 429");
    }

    @Test
    @DisplayName("matrix parameters or an encoded letter do not dodge the count")
    void noDodging() {
        String address = "127.0.0.203";
        for (int i = 0; i < AVAILABILITY_PER_MINUTE; i++) {
            statusLine(address, AVAILABILITY);
        }
        // a matrix parameter is refused outright (400, issue 7's path checks) or counted: never served
        assertThat(statusLine(address, "/api/public/" + Sessions.DEMO + ";x=1/availability")).containsAnyOf(" 429",
                " 400");
        assertThat(statusLine(address, AVAILABILITY + ";x=1")).containsAnyOf(" 429", " 400");
        assertThat(statusLine(address, "/api/public/" + Sessions.DEMO + "/%61vailability")).contains(" 429");
        assertThat(statusLine(address, "/api/public/" + Sessions.DEMO + "//availability")).doesNotContain(" 200");
    }

    private static String statusLine(String sourceAddress, String path) {
        String answer = get(sourceAddress, path);
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    /** The raw answer to a GET sent from the given loopback address. */
    private static String get(String sourceAddress, String path) {
        int port = RunningServer.get().base().getPort();
        try (Socket socket = new Socket()) {
            try {
                socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            } catch (IOException e) {
                Assumptions.abort("this machine cannot send from " + sourceAddress + ": " + e);
            }
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
