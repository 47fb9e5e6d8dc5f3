package com.laca.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP over a plain socket, for what {@link java.net.http.HttpClient} will not send: CONNECT and TRACE, odd versions
 * and paths, oversized headers, and bodies sent slowly.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Opens a connection to the running server. */
    static Socket connect(URI base) {
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request as written (ISO-8859-1) and reads what comes back within the wait (or until the close). */
    static Answer exchange(URI base, String request, Duration wait) {
        try (Socket socket = connect(base)) {
            long start = System.nanoTime();
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket, start, wait);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads what the server sends on an open connection: one whole answer (by its Content-Length or chunked ending), or
     * else whatever arrives within the wait, or until the server closes.
     */
    static Answer read(Socket socket, long startNanos, Duration wait) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + wait.toNanos();
        Duration firstByte = null;
        boolean closed = false;
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                break;
            } catch (IOException e) {
                closed = true;
                break;
            }
            if (n < 0) {
                closed = true;
                break;
            }
            if (firstByte == null) {
                firstByte = Duration.ofNanos(System.nanoTime() - startNanos);
            }
            received.write(buffer, 0, n);
            if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                break;
            }
        }
        return Answer.parse(received.toString(StandardCharsets.ISO_8859_1), firstByte, closed);
    }

    private static boolean complete(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Answer head = Answer.parse(raw, null, false);
        if (head.header("Transfer-Encoding").filter(te -> te.equalsIgnoreCase("chunked")).isPresent()) {
            return head.body().endsWith("0\r\n\r\n");
        }
        return head.header("Content-Length").map(length -> head.body().length() >= Integer.parseInt(length))
                .orElse(false);
    }

    /**
     * What came back: the status line's code, the headers (names in lower case), the body as sent, how long the first
     * byte took, and whether the server closed the connection.
     */
    record Answer(int status, Map<String, String> headers, String body, Duration firstByte, boolean closed,
                  String raw) {

        static Answer parse(String raw, Duration firstByte, boolean closed) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = -1;
            if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
                String[] parts = lines[0].split(" ", 3);
                status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(status, headers, body, firstByte, closed, raw);
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        @Override
        public String toString() {
            return raw.length() > 600 ? raw.substring(0, 600) + "…" : raw;
        }
    }
}
