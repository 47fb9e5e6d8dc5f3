package com.laca.domain.records;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.util.function.Function;

/**
 * The fields of a client profile that the edit history tracks, each with its readable value, so "who changed what"
 * names the field and shows before and after.
 */
public enum ClientField {
    FIRST_NAME(ClientProfile::firstName, true),
    LAST_NAME(ClientProfile::lastName, true),
    DATE_OF_BIRTH(p -> p.dateOfBirth().toString(), true),
    EMAIL(p -> p.email().map(EmailAddress::value).orElse(""), true),
    PHONE(p -> p.phone().map(PhoneNumber::value).orElse(""), true),
    CONTACT_PREFERENCES(p -> p.contact().describe(), false),
    MARKETING_MESSAGES(p -> p.marketing().messagesSince().map(at -> "granted " + at).orElse("not granted"), false),
    MARKETING_PHOTOS(p -> p.marketing().photosSince().map(at -> "granted " + at).orElse("not granted"), false),
    STATUS(p -> p.status().name(), false);

    private final Function<ClientProfile, String> reader;
    private final boolean chosenOnMerge;

    ClientField(Function<ClientProfile, String> reader, boolean chosenOnMerge) {
        this.reader = reader;
        this.chosenOnMerge = chosenOnMerge;
    }

    /** The field's value in {@code profile} as text; an absent value is the empty string. */
    public String valueIn(ClientProfile profile) {
        return reader.apply(profile);
    }

    /**
     * True for identity and contact fields, where staff must say which record's value a merge keeps; consents and
     * preferences are never chosen, they are intersected.
     */
    public boolean isChosenOnMerge() {
        return chosenOnMerge;
    }
}
