package com.laca.adapter.rest.http;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Reads on the request's own thread the body of an anonymous request that offers to switch protocols, because Grizzly
 * cannot read such a body asynchronously: its HTTP/2 upgrade re-enters the request and closes the connection (Java's
 * HTTP client offers HTTP/2 with every request unless told otherwise). Each wait is bounded by the listener's read
 * time-out, and only a few such bodies are read at once, so slow senders of this kind hold at most that many workers.
 */
final class UpgradeOfferBodies {

    /** Far more than honest clients need at once (a body that arrives whole is never read here), far below the pool. */
    static final int READ_AT_ONCE = 16;

    private final Semaphore readers = new Semaphore(READ_AT_ONCE);

    /** Whether the client offers to switch protocols (h2c); the answer stays HTTP/1.1 either way for such bodies. */
    static boolean offered(HttpServletRequest request) {
        return request.getHeader("Upgrade") != null;
    }

    /**
     * Reads the whole body, at most {@code limit} bytes; or answers the request (503 when too many are being read,
     * 413 when too long, 408 when the body stops coming) and gives nothing back.
     */
    Optional<byte[]> read(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        if (!readers.tryAcquire()) {
            answered(request, response, Problems.forStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE));
            response.setHeader("Retry-After", "1");
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        } catch (IOException slowOrGone) {
            return answered(request, response, Problems.bodyTooSlow());
        } finally {
            readers.release();
        }
        if (body.length > limit) {
            return answered(request, response, Problems.tooLarge(limit));
        }
        return Optional.of(body);
    }

    private static Optional<byte[]> answered(HttpServletRequest request, HttpServletResponse response,
                                             Problem problem) throws IOException {
        ServletProblems.answer(request, response, problem);
        response.setHeader("Connection", "close");
        return Optional.empty();
    }
}
