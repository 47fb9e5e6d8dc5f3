package com.laca.adapter.rest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API explorer files each notification endpoint under a heading that says what it does. */
@DisplayName("Notification endpoints' headings in the API description")
class NotificationTagsTest {

    @Test
    @DisplayName("Timing and settings are not filed under templates, and share one heading with one description")
    void timingHasItsOwnHeading() {
        Tag templates = NotificationTemplatesResource.class.getAnnotation(Tag.class);
        Tag timing = NotificationTimingResource.class.getAnnotation(Tag.class);
        Tag settings = NotificationSettingsResource.class.getAnnotation(Tag.class);

        assertThat(timing.name()).isNotEqualTo(templates.name());
        assertThat(settings.name()).isNotEqualTo(templates.name());
        assertThat(timing.name()).isEqualTo(settings.name());
        assertThat(timing.description()).isEqualTo(settings.description());
    }
}
