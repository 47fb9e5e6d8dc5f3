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
 * The public certificate check is limited per address like the other verifications (10 a minute by default), so a
 * code cannot be guessed at speed; each test sends from a loopback address of its own (127.0.0.1 is exempt).
 */
@ExtendWith(RunningServer.class)
@DisplayName("Per-address rate limit on the public certificate check")
class AcademyRateLimitE2EIT {

    /** The default laca.rate-limit.verify.per-minute (RunningServer leaves it unset). */
    private static final int VERIFY_PER_MINUTE = 10;

    @Test
    @DisplayName("past ten checks a minute from one address, the check answers 429 with Retry-After")
    void limited() {
        String address = "127.0.0.211";
        String check = "/api/public/" + Sessions.DEMO + "/certificates/0000-0000-0000";
        for (int i = 0; i < VERIFY_PER_MINUTE; i++) {
            assertThat(statusLine(get(address, check))).contains(" 404");
        }
        String refused = get(address, check + "/page");
        assertThat(statusLine(refused)).contains(" 429");
        assertThat(refused).containsIgnoringCase("Retry-After: ").contains("too-many-requests");
        assertThat(statusLine(get("127.0.0.212", check))).contains(" 404");
    }

    private static String statusLine(String answer) {
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
                    + "\r\nAccept: application/json, text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
