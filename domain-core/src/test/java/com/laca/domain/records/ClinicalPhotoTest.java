package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A clinical photo is used in marketing only with the client's separate marketing photo consent")
class ClinicalPhotoTest {

    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");
    private static final ClinicalPhoto BEFORE = new ClinicalPhoto(PhotoId.random(), ClientId.random(),
            AppointmentId.random(), PhotoKind.BEFORE, PhotoFormat.JPEG, 1200, 1600, 240_000, "a".repeat(64),
            "photos/2026/06/abc.jpg", UserId.random(), AT);

    @Test
    @DisplayName("Without marketing photo consent (even with marketing messages consent) it is refused, with why")
    void refusedWithoutConsent() {
        assertThat(BEFORE.marketingUse(MarketingConsent.NONE.withMessages(AT)))
                .isInstanceOf(MarketingUse.Refused.class);
    }

    @Test
    @DisplayName("With marketing photo consent it is allowed; once withdrawn, refused again")
    void allowedWithConsent() {
        MarketingConsent consent = MarketingConsent.NONE.withPhotos(AT);

        assertThat(BEFORE.marketingUse(consent)).isInstanceOf(MarketingUse.Allowed.class);
        assertThat(BEFORE.marketingUse(consent.withoutPhotos())).isInstanceOf(MarketingUse.Refused.class);
    }

    @Test
    @DisplayName("A photo's hash and dimensions must be real")
    void shape() {
        assertThatThrownBy(() -> new ClinicalPhoto(PhotoId.random(), ClientId.random(), AppointmentId.random(),
                PhotoKind.AFTER, PhotoFormat.PNG, 0, 10, 10, "a".repeat(64), "k", UserId.random(), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClinicalPhoto(PhotoId.random(), ClientId.random(), AppointmentId.random(),
                PhotoKind.AFTER, PhotoFormat.PNG, 10, 10, 10, "not-a-hash", "k", UserId.random(), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
