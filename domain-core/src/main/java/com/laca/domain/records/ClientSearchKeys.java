package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PersonNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The normalised values a client is found by, computed once from the profile and stored beside it (indexed), so
 * search compares like with like and never normalises rows at query time.
 *
 * @param client      the client
 * @param nameWords   the distinct words of first and last name, normalised by {@link SearchText#name}, at most
 *                    {@link PersonNames#MAX_SEARCH_WORDS}
 * @param email       the e-mail address, lower-cased
 * @param phoneDigits the phone number as international digits
 * @param dateOfBirth the date of birth
 */
public record ClientSearchKeys(ClientId client, List<String> nameWords, Optional<String> email,
                               Optional<String> phoneDigits, LocalDate dateOfBirth) {

    public ClientSearchKeys {
        Objects.requireNonNull(client, "client");
        nameWords = Texts.list(nameWords, "nameWords");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneDigits, "phoneDigits");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    /** The keys of {@code profile}. */
    public static ClientSearchKeys of(ClientProfile profile) {
        List<String> words = Stream.concat(SearchText.nameWords(profile.firstName()).stream(),
                        SearchText.nameWords(profile.lastName()).stream())
                .distinct().limit(PersonNames.MAX_SEARCH_WORDS).toList();
        return new ClientSearchKeys(profile.id(), words,
                profile.email().map(email -> SearchText.email(email.value())),
                profile.phone().map(phone -> SearchText.phoneDigits(phone.value())),
                profile.dateOfBirth());
    }

    /** The name words as one string, e.g. for a stored column: "zoe obrien". */
    public String nameKey() {
        return String.join(" ", nameWords);
    }
}
