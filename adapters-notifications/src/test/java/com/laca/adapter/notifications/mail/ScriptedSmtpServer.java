package com.laca.adapter.notifications.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal SMTP server that answers each command with a scripted reply, or never answers the end of the message
 * data, so the sender's handling of refusals, temporary failures and time-outs is tested against real SMTP dialogue.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** Do not answer the end of the message data at all, as a server that hangs after taking the message. */
    static final String SILENCE = "";

    private final ServerSocket socket;
    private final Map<String, String> replies;
    private final Thread thread;

    /**
     * @param replies the reply to {@code MAIL}, {@code RCPT} or {@code DOT} (the end of the data) where it differs
     *                from "250 ok"; {@link #SILENCE} for no reply
     */
    ScriptedSmtpServer(Map<String, String> replies) throws IOException {
        this.replies = replies;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException | InterruptedException e) {
                // the client gave up or the server closed; wait for the next connection
            }
        }
    }

    private void converse(Socket client) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
            switch (verb) {
                case "EHLO" -> reply(out, "250-scripted\r\n250 8BITMIME");
                case "MAIL" -> reply(out, replies.getOrDefault("MAIL", "250 ok"));
                case "RCPT" -> reply(out, replies.getOrDefault("RCPT", "250 ok"));
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    String answer = replies.getOrDefault("DOT", "250 queued");
                    if (answer.equals(SILENCE)) {
                        Thread.sleep(10_000);
                        return;
                    }
                    reply(out, answer);
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
