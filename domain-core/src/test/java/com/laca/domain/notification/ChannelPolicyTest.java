package com.laca.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Messages go by the channels a person can and agreed to receive")
class ChannelPolicyTest {

    private static final EmailAddress EMMA = new EmailAddress("emma@example.com");
    private static final PhoneNumber MOBILE = new PhoneNumber("07700 900123");
    private static final MessageKind NEWSLETTER = MessageKind.define("spring-offers", Audience.CLIENT,
            Purpose.MARKETING, Set.of(Channel.EMAIL, Channel.SMS), Set.of(), Set.of(Facts.UNSUBSCRIBE_LINK));

    private static ContactPreferences client(Optional<PhoneNumber> phone, boolean stopped, MarketingConsent consent) {
        return new ContactPreferences(EMMA, phone, stopped, consent);
    }

    @Test
    @DisplayName("A booking confirmation goes by e-mail and, with a mobile given, by SMS too")
    void transactionalBothChannels() {
        ChannelChoice choice = ChannelPolicy.choose(MessageKind.BOOKING_CONFIRMED,
                client(Optional.of(MOBILE), false, MarketingConsent.none()));

        assertThat(choice.recipients()).containsExactly(Recipient.email(EMMA), Recipient.sms(MOBILE));
        assertThat(choice.skipped()).isEmpty();
    }

    @Test
    @DisplayName("Without a phone number the confirmation goes by e-mail only, and says why")
    void noPhone() {
        ChannelChoice choice = ChannelPolicy.choose(MessageKind.BOOKING_CONFIRMED,
                client(Optional.empty(), false, MarketingConsent.none()));

        assertThat(choice.recipients()).containsExactly(Recipient.email(EMMA));
        assertThat(choice.skipped()).isEqualTo(Map.of(Channel.SMS, SkipReason.NO_PHONE));
    }

    @Test
    @DisplayName("After the client replied STOP, no SMS, but the transactional e-mail still goes")
    void stopped() {
        ChannelChoice choice = ChannelPolicy.choose(MessageKind.APPOINTMENT_REMINDER,
                client(Optional.of(MOBILE), false, MarketingConsent.none()).optedOutOfSms());

        assertThat(choice.recipients()).containsExactly(Recipient.email(EMMA));
        assertThat(choice.skipped()).isEqualTo(Map.of(Channel.SMS, SkipReason.SMS_OPTED_OUT));
    }

    @ParameterizedTest(name = "{0} mobile: {1}")
    @CsvSource({"07700 900123, true", "020 7946 0000, false", "07000 123456, false", "07624 123456, true",
            "07600 123456, false", "+33 6 12 34 56 78, true"})
    @DisplayName("Only mobile numbers get SMS: UK landlines, personal numbers and pagers do not")
    void mobiles(String number, boolean mobile) {
        assertThat(ChannelPolicy.isMobile(new PhoneNumber(number))).isEqualTo(mobile);
    }

    @Test
    @DisplayName("A landline is not texted")
    void landline() {
        ChannelChoice choice = ChannelPolicy.choose(MessageKind.BOOKING_CONFIRMED,
                client(Optional.of(new PhoneNumber("020 7946 0000")), false, MarketingConsent.none()));

        assertThat(choice.skipped()).isEqualTo(Map.of(Channel.SMS, SkipReason.NOT_A_MOBILE));
    }

    @Test
    @DisplayName("Receipts and password resets never go by SMS, whatever the person's preferences")
    void emailOnlyKinds() {
        ContactPreferences all = client(Optional.of(MOBILE), false, MarketingConsent.none());

        assertThat(ChannelPolicy.choose(MessageKind.REFUND_ISSUED, all).recipients())
                .containsExactly(Recipient.email(EMMA));
        assertThat(ChannelPolicy.choose(MessageKind.PASSWORD_RESET, all).skipped())
                .isEqualTo(Map.of(Channel.SMS, SkipReason.NOT_OFFERED_FOR_KIND));
    }

    @Test
    @DisplayName("A member of staff is reached by e-mail")
    void staff() {
        EmailAddress sam = new EmailAddress("sam@clinic.example");

        assertThat(ChannelPolicy.choose(MessageKind.STAFF_INVITATION, ContactPreferences.emailOnly(sam)).recipients())
                .containsExactly(Recipient.email(sam));
    }

    @Test
    @DisplayName("Marketing without consent goes nowhere, even to a client with an e-mail and a mobile")
    void marketingNeedsConsent() {
        ChannelChoice choice = ChannelPolicy.choose(NEWSLETTER, client(Optional.of(MOBILE), false,
                MarketingConsent.none()));

        assertThat(choice.isEmpty()).isTrue();
        assertThat(choice.skipped()).isEqualTo(Map.of(Channel.EMAIL, SkipReason.NO_MARKETING_CONSENT,
                Channel.SMS, SkipReason.NO_MARKETING_CONSENT));
    }

    @Test
    @DisplayName("Marketing goes only by the channel consented to, and stops when the client unsubscribes")
    void marketingPerChannel() {
        MarketingConsent emailOnly = MarketingConsent.given(Set.of(Channel.EMAIL), Instant.parse("2026-05-01T10:00:00Z"));
        ContactPreferences consented = client(Optional.of(MOBILE), false, emailOnly);

        assertThat(ChannelPolicy.choose(NEWSLETTER, consented).recipients()).containsExactly(Recipient.email(EMMA));
        assertThat(ChannelPolicy.choose(NEWSLETTER, client(Optional.of(MOBILE), false,
                emailOnly.withdrawn(Channel.EMAIL))).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("A STOP also withdraws SMS marketing consent; START brings back service texts but not marketing")
    void stopAndStart() {
        ContactPreferences consented = client(Optional.of(MOBILE), false,
                MarketingConsent.given(Set.of(Channel.SMS), Instant.parse("2026-05-01T10:00:00Z")));

        ContactPreferences restarted = consented.optedOutOfSms().optedBackIntoSms();

        assertThat(ChannelPolicy.choose(MessageKind.APPOINTMENT_REMINDER, restarted).recipients())
                .contains(Recipient.sms(MOBILE));
        assertThat(ChannelPolicy.choose(NEWSLETTER, restarted).isEmpty()).isTrue();
    }
}
