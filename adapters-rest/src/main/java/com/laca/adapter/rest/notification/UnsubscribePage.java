package com.laca.adapter.rest.notification;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.laca.application.notification.port.in.UnsubscribeView;
import java.io.StringWriter;
import java.util.Map;

/**
 * The small page a client sees when they open an unsubscribe link in a browser: what it stops and a button that
 * confirms (a form posting to the same address, so no script is needed), or that it is done; rendered from a Mustache
 * template, whose escaping (the one the message templates use) keeps a clinic's name from becoming markup.
 */
final class UnsubscribePage {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("com/laca/adapter/rest/notification")
            .compile("unsubscribe-page.mustache");

    private UnsubscribePage() {
    }

    static String render(UnsubscribeView view, boolean confirmed) {
        StringWriter page = new StringWriter();
        TEMPLATE.execute(page, Map.of("clinic", view.clinicName(),
                "done", confirmed || !view.receivesMarketing()));
        return page.toString();
    }
}
