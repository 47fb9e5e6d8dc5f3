package com.laca.adapter.rest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.notification.port.in.UnsubscribeView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The unsubscribe page shows the clinic's name as text whatever characters it has, and offers the right step. */
@DisplayName("The unsubscribe page")
class UnsubscribePageTest {

    private static final String HOSTILE = "Glow & Co <img src=x onerror=alert(1)> `x`";

    @Test
    @DisplayName("Asks to confirm while marketing is on, with the clinic's name escaped as the message templates do")
    void asksToConfirm() {
        String page = UnsubscribePage.render(new UnsubscribeView(HOSTILE, true), false);

        assertThat(page).contains("<h1>Unsubscribe from Glow &amp; Co &lt;img src&#61;x onerror&#61;alert(1)&gt;"
                + " &#96;x&#96;</h1>").contains("<form method=\"post\">").doesNotContain("<img");
    }

    @Test
    @DisplayName("Says it is done once confirmed, or when there was nothing to stop, without a form")
    void saysDone() {
        assertThat(UnsubscribePage.render(new UnsubscribeView("Glow", true), true))
                .contains("<h1>You are unsubscribed</h1>").doesNotContain("<form");
        assertThat(UnsubscribePage.render(new UnsubscribeView("Glow", false), false))
                .contains("Glow will send you no offers or news").doesNotContain("<form");
    }
}
