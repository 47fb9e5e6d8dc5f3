package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the server sent through its outbox viewer (the embedded default keeps e-mails instead of sending them),
 * waiting for the dispatcher: how a test, like a new user, reads an invitation or a booking confirmation.
 */
final class Outbox {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([^\\s\"<&]+)");

    private Outbox() {
    }

    /** The e-mails of one kind sent to the address so far, after waiting until at least one is there. */
    static List<JsonObject> emailsTo(String viewerToken, String address, String kind) {
        return emailsTo(viewerToken, "/api/notifications/outbox", address, kind, 1);
    }

    /** The invitation token e-mailed to a new member of the demo clinic, as its owner reads it in the viewer. */
    static String invitationToken(String address) {
        return oneTimeToken(Sessions.demoOwner(), address, "staff-invitation");
    }

    /** The owner invitation of a clinic just created, as the platform administrator reads it. */
    static String ownerInvitationToken(String tenantId, String address) {
        return tokenIn(emailsTo(Sessions.platformAdmin(), "/api/admin/notifications/" + tenantId + "/outbox",
                address, "staff-invitation", 1));
    }

    /** Runs the action (which e-mails a new token of the kind to the address) and answers that new token. */
    static String newToken(String viewerToken, String address, String kind, Runnable action) {
        int before = emailsTo(viewerToken, "/api/notifications/outbox", address, kind, 0).size();
        action.run();
        return tokenIn(emailsTo(viewerToken, "/api/notifications/outbox", address, kind, before + 1));
    }

    private static List<JsonObject> emailsTo(String viewerToken, String path, String address, String kind,
                                             int atLeast) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            Api.Response response = Api.withToken(viewerToken).get(path + "?limit=500");
            assertThat(response.status()).as("outbox viewer: %s", response).isEqualTo(200);
            List<JsonObject> found = response.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("to").equals(address) && e.getString("kind").equals(kind)).toList();
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                return found;
            }
            pause();
        }
    }

    /** The one-time token in the newest invitation or reset e-mail to the address. */
    static String oneTimeToken(String viewerToken, String address, String kind) {
        return tokenIn(emailsTo(viewerToken, address, kind));
    }

    /** The token in the newest of the e-mails. */
    private static String tokenIn(List<JsonObject> emails) {
        assertThat(emails).as("the e-mail with the token").isNotEmpty();
        Matcher token = TOKEN.matcher(emails.get(0).getString("text"));
        assertThat(token.find()).as("a link with a token in %s", emails.get(0).getString("text")).isTrue();
        return URLDecoder.decode(token.group(1), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
