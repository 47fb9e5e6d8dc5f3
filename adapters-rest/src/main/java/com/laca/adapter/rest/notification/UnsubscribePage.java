package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.UnsubscribeView;

/**
 * The small page a client sees when they open an unsubscribe link in a browser: what it stops and a button that
 * confirms (a form posting to the same address, so no script is needed), or that it is done.
 */
final class UnsubscribePage {

    private UnsubscribePage() {
    }

    static String render(UnsubscribeView view, boolean confirmed) {
        String clinic = escape(view.clinicName());
        String body;
        if (confirmed || !view.receivesMarketing()) {
            body = "<h1>You are unsubscribed</h1><p>" + clinic + " will send you no offers or news. Messages about "
                    + "your own appointments still reach you.</p>";
        } else {
            body = "<h1>Unsubscribe from " + clinic + "</h1><p>Stop offers and news from " + clinic + " by e-mail "
                    + "and text? Messages about your own appointments still reach you.</p>"
                    + "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>";
        }
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Unsubscribe</title></head><body>" + body
                + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
