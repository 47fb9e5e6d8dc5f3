package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A client's details keep a history of who changed what, and two records of one person merge keeping both")
class ClientProfileTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final UserId RECEPTION = UserId.random();
    private static final UserId OWNER = UserId.random();
    private static final Instant MONDAY = Instant.parse("2026-06-08T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-06-09T09:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-06-12T09:00:00Z");

    private static ClientProfile emma() {
        return ClientProfile.create(ClientId.random(), CLINIC, "Emma", "Jones", LocalDate.of(1990, 4, 15),
                Optional.of(new EmailAddress("emma@example.com")), Optional.of(new PhoneNumber("07700 900123")),
                new ContactPreferences(true, true, false));
    }

    @Nested
    @DisplayName("Edit history")
    class History {

        @Test
        @DisplayName("An edit records each changed field with its value before and after, who and when")
        void editDiff() {
            ClientProfile before = emma();
            ClientProfile after = before.withIdentity("Emma", "Smith", before.dateOfBirth())
                    .withContactDetails(before.email(), Optional.of(new PhoneNumber("07700 900999")));

            ClientChange change = ClientChange.edited(before, after, RECEPTION, TUESDAY).orElseThrow();

            assertThat(change.kind()).isEqualTo(ChangeKind.EDITED);
            assertThat(change.changedBy()).isEqualTo(new ChangeAuthor.Staff(RECEPTION));
            assertThat(change.changedAt()).isEqualTo(TUESDAY);
            assertThat(change.fields()).containsExactly(
                    new FieldChange(ClientField.LAST_NAME, "Jones", "Smith"),
                    new FieldChange(ClientField.PHONE, "+447700900123", "+447700900999"));
        }

        @Test
        @DisplayName("Saving without a change leaves no empty entry")
        void noChange() {
            ClientProfile emma = emma();

            assertThat(ClientChange.edited(emma, emma, RECEPTION, TUESDAY)).isEmpty();
        }

        @Test
        @DisplayName("Marketing consent given and withdrawn shows in the history; the creation lists the first values")
        void marketingTracked() {
            ClientProfile before = emma();
            ClientProfile after = before.withMarketing(before.marketing().withMessages(MONDAY));

            assertThat(ClientChange.edited(before, after, RECEPTION, TUESDAY).orElseThrow().fields())
                    .containsExactly(new FieldChange(ClientField.MARKETING_MESSAGES, "not granted",
                            "granted 2026-06-08T09:00:00Z"));
            assertThat(ClientChange.created(before, RECEPTION, MONDAY).fields())
                    .extracting(FieldChange::field).contains(ClientField.FIRST_NAME, ClientField.EMAIL);
        }

        @Test
        @DisplayName("An erasure request removes preferences and marketing, and says so in the history")
        void erasure() {
            ClientProfile before = emma().withMarketing(MarketingConsent.NONE.withMessages(MONDAY).withPhotos(MONDAY));
            ClientProfile after = before.withoutPreferencesAndMarketing();

            ClientChange change = ClientChange.erasedOnRequest(before, after, OWNER, FRIDAY);

            assertThat(after.contact()).isEqualTo(ContactPreferences.NONE);
            assertThat(after.marketing()).isEqualTo(MarketingConsent.NONE);
            assertThat(change.fields()).extracting(FieldChange::field).containsExactly(
                    ClientField.CONTACT_PREFERENCES, ClientField.MARKETING_MESSAGES, ClientField.MARKETING_PHOTOS);
        }

        @Test
        @DisplayName("The history is append-only: an entry cannot be slipped in before the latest one")
        void appendOnly() {
            ClientProfile emma = emma();
            ClientHistory history = new ClientHistory(List.of(ClientChange.created(emma, RECEPTION, TUESDAY)));

            assertThatThrownBy(() -> history.append(ClientChange.created(emma, RECEPTION, MONDAY)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("Profile rules")
    class Rules {

        @Test
        @DisplayName("A client needs an e-mail address or a phone number")
        void contactNeeded() {
            assertThatThrownBy(() -> ClientProfile.create(ClientId.random(), CLINIC, "Ann", "Lee",
                    LocalDate.of(1980, 1, 1), Optional.empty(), Optional.empty(), ContactPreferences.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("A client can be archived and brought back; a merged record can be neither")
        void archive() {
            ClientProfile emma = emma();
            ClientProfile merged = new ClientProfile(ClientId.random(), CLINIC, "Emma", "Jones", emma.dateOfBirth(),
                    emma.email(), emma.phone(), emma.contact(), emma.marketing(), ClientStatus.MERGED,
                    Optional.of(emma.id()), List.of());

            assertThat(emma.archived().status()).isEqualTo(ClientStatus.ARCHIVED);
            assertThat(emma.archived().reactivated().status()).isEqualTo(ClientStatus.ACTIVE);
            assertThatThrownBy(merged::archived).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> new ClientProfile(ClientId.random(), CLINIC, "Emma", "Jones",
                    emma.dateOfBirth(), emma.email(), emma.phone(), emma.contact(), emma.marketing(),
                    ClientStatus.MERGED, Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("A possible duplicate is only flagged for staff; nothing is merged and the flag can be cleared")
        void duplicateFlag() {
            ClientProfile emma = emma();
            ClientId other = ClientId.random();

            ClientProfile flagged = emma.flaggedAsPossibleDuplicateOf(other).flaggedAsPossibleDuplicateOf(other);

            assertThat(flagged.possibleDuplicates()).containsExactly(other);
            assertThat(flagged.status()).isEqualTo(ClientStatus.ACTIVE);
            assertThat(flagged.withoutPossibleDuplicate(other).possibleDuplicates()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Merging")
    class Merging {

        private final ClientProfile emma = emma().withMarketing(MarketingConsent.NONE.withMessages(MONDAY));
        private final ClientProfile emmaAgain = ClientProfile.create(ClientId.random(), CLINIC, "Emma", "Jones-Smith",
                LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("emma.js@example.com")), Optional.empty(),
                new ContactPreferences(true, false, true)).flaggedAsPossibleDuplicateOf(emma.id());

        @Test
        @DisplayName("Where the two records disagree, staff must choose; nothing is guessed")
        void undecided() {
            MergeResult result = ClientMerger.merge(new MergeRequest(emma, emmaAgain, Map.of()), OWNER, FRIDAY);

            assertThat(result).isEqualTo(new MergeResult.Refused(MergeRefusal.UNDECIDED_FIELDS,
                    List.of(ClientField.LAST_NAME, ClientField.EMAIL, ClientField.PHONE),
                    "the two records disagree on these fields: say which record's value to keep for each"));
        }

        @Test
        @DisplayName("Merged with choices: chosen values kept, consents intersected, both histories kept and linked")
        void merged() {
            Map<ClientField, MergeSide> choices = new EnumMap<>(ClientField.class);
            choices.put(ClientField.LAST_NAME, MergeSide.ABSORBED);
            choices.put(ClientField.EMAIL, MergeSide.SURVIVOR);
            choices.put(ClientField.PHONE, MergeSide.SURVIVOR);

            MergeResult.Merged merged = (MergeResult.Merged) ClientMerger.merge(
                    new MergeRequest(emma, emmaAgain, choices), OWNER, FRIDAY);

            assertThat(merged.survivor().id()).isEqualTo(emma.id());
            assertThat(merged.survivor().lastName()).isEqualTo("Jones-Smith");
            assertThat(merged.survivor().email()).isEqualTo(emma.email());
            assertThat(merged.survivor().contact()).isEqualTo(new ContactPreferences(true, false, false));
            assertThat(merged.survivor().marketing().allowsMessages()).isFalse();
            assertThat(merged.survivor().possibleDuplicates()).isEmpty();
            assertThat(merged.absorbed().status()).isEqualTo(ClientStatus.MERGED);
            assertThat(merged.absorbed().mergedInto()).contains(emma.id());
            assertThat(merged.absorbed().lastName()).isEqualTo("Jones-Smith");
            assertThat(merged.survivorEntry().kind()).isEqualTo(ChangeKind.MERGED_FROM);
            assertThat(merged.survivorEntry().counterpart()).contains(emmaAgain.id());
            assertThat(merged.absorbedEntry().kind()).isEqualTo(ChangeKind.MERGED_INTO);
            assertThat(merged.absorbedEntry().counterpart()).contains(emma.id());

            ClientHistory emmaHistory = new ClientHistory(List.of(ClientChange.created(emma, RECEPTION, MONDAY)))
                    .append(merged.survivorEntry());
            ClientHistory againHistory = new ClientHistory(List.of(ClientChange.created(emmaAgain, RECEPTION,
                    TUESDAY))).append(merged.absorbedEntry());
            assertThat(emmaHistory.combinedWith(againHistory).changes())
                    .extracting(ClientChange::client, ClientChange::kind)
                    .containsExactly(
                            tuple(emma.id(), ChangeKind.CREATED),
                            tuple(emmaAgain.id(), ChangeKind.CREATED),
                            tuple(emma.id(), ChangeKind.MERGED_FROM),
                            tuple(emmaAgain.id(), ChangeKind.MERGED_INTO));
        }

        @Test
        @DisplayName("Never with itself, across clinics, twice, by choosing consents, or leaving no way to reach them")
        void refusals() {
            ClientProfile otherClinic = ClientProfile.create(ClientId.random(), TenantId.random(), "Emma", "Jones",
                    emma.dateOfBirth(), emma.email(), emma.phone(), emma.contact());
            ClientProfile phoneOnly = ClientProfile.create(ClientId.random(), CLINIC, "Emma", "Jones",
                    emma.dateOfBirth(), Optional.empty(), emma.phone(), emma.contact());
            ClientProfile emailOnly = ClientProfile.create(ClientId.random(), CLINIC, "Emma", "Jones",
                    emma.dateOfBirth(), emma.email(), Optional.empty(), emma.contact());

            assertThat(refusal(new MergeRequest(emma, emma, Map.of()))).isEqualTo(MergeRefusal.SAME_CLIENT);
            assertThat(refusal(new MergeRequest(emma, otherClinic, Map.of()))).isEqualTo(MergeRefusal.OTHER_TENANT);
            assertThat(refusal(new MergeRequest(emma, emmaAgain, Map.of(ClientField.MARKETING_MESSAGES,
                    MergeSide.ABSORBED)))).isEqualTo(MergeRefusal.NOT_A_CHOICE);
            assertThat(refusal(new MergeRequest(phoneOnly, emailOnly, Map.of(ClientField.EMAIL, MergeSide.SURVIVOR,
                    ClientField.PHONE, MergeSide.ABSORBED)))).isEqualTo(MergeRefusal.NO_CONTACT_LEFT);
            MergeResult.Merged once = (MergeResult.Merged) ClientMerger.merge(new MergeRequest(emma, emmaAgain,
                    Map.of(ClientField.LAST_NAME, MergeSide.SURVIVOR, ClientField.EMAIL, MergeSide.SURVIVOR,
                            ClientField.PHONE, MergeSide.SURVIVOR)), OWNER, FRIDAY);
            assertThat(refusal(new MergeRequest(emma, once.absorbed(), Map.of()))).isEqualTo(MergeRefusal.ALREADY_MERGED);
        }

        private MergeRefusal refusal(MergeRequest request) {
            MergeResult result = ClientMerger.merge(request, OWNER, FRIDAY);
            assertThat(result).isInstanceOf(MergeResult.Refused.class);
            return ((MergeResult.Refused) result).reason();
        }
    }
}
