package com.laca.adapter.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A deployment's valid jurisdictions file and broken variants of it, so the loader test and the schema test prove
 * that both refuse the same files.
 */
final class BrokenJurisdictionFiles {

    /** A deployment's own Scotland, invented for the tests (not the law). */
    static final String SCOTLAND = """
            {"version": "clinic-7", "notice": "Configured after legal advice.",
             "jurisdictions": [{"code": "GB-SCT", "name": "Scotland", "minimumAges": {"ANTI_WRINKLE": 16},
               "doctorsDirection": [], "prescriberRegisters": ["GMC"], "idCheckRequired": false}]}""";

    private BrokenJurisdictionFiles() {
    }

    /** What is wrong, the file, and what the loader's message must say. */
    static Stream<Arguments> cases() {
        return Stream.of(
                broken("an unknown jurisdiction", "\"code\": \"GB-SCT\"",
                        "\"code\": \"GB-XYZ\"",
                        "GB-XYZ is not a jurisdiction"),
                broken("an unknown category", "\"ANTI_WRINKLE\": 16",
                        "\"BOTOX\": 16",
                        "unknown value \"BOTOX\""),
                broken("an age out of range", "\"ANTI_WRINKLE\": 16",
                        "\"ANTI_WRINKLE\": 0",
                        "jurisdiction GB-SCT: minimum age for ANTI_WRINKLE must be 1-25"),
                broken("an age that is not a whole number", "\"ANTI_WRINKLE\": 16",
                        "\"ANTI_WRINKLE\": \"16\"",
                        "GB-SCT.minimumAges.ANTI_WRINKLE must be a whole number"),
                broken("a direction without an age", "\"doctorsDirection\": []",
                        "\"doctorsDirection\": [\"LASER\"]",
                        "exception to an age restriction only"),
                broken("no prescriber register", "\"prescriberRegisters\": [\"GMC\"]",
                        "\"prescriberRegisters\": []",
                        "at least one prescriber register"),
                broken("an unknown register", "\"prescriberRegisters\": [\"GMC\"]",
                        "\"prescriberRegisters\": [\"HCPC\"]",
                        "unknown value \"HCPC\""),
                broken("an ID check that is not a boolean", "\"idCheckRequired\": false",
                        "\"idCheckRequired\": \"no\"",
                        "needs true or false \"idCheckRequired\""),
                broken("a misspelt field", "\"idCheckRequired\": false",
                        "\"idCheckRequired\": false, \"fallbak\": \"x\"",
                        "unknown field \"fallbak\""),
                broken("a blank fallback", "\"idCheckRequired\": false",
                        "\"idCheckRequired\": false, \"fallback\": \" \"",
                        "fallback must not be blank"),
                broken("England below the Act", "\"code\": \"GB-SCT\", \"name\": \"Scotland\"",
                        "\"code\": \"GB-ENG\", \"name\": \"England\"",
                        "jurisdiction GB-ENG: GB-ENG is below England's statutory floor"),
                broken("a fallback below the Act", "\"idCheckRequired\": false",
                        "\"idCheckRequired\": false, \"fallback\": \"England's rules as the stricter\"",
                        "GB-SCT, a fallback to England's rules, is below England's statutory floor"),
                broken("England's direction widened to filler", "\"code\": \"GB-SCT\", \"name\": \"Scotland\", "
                                + "\"minimumAges\": {\"ANTI_WRINKLE\": 16},\n   \"doctorsDirection\": [], "
                                + "\"prescriberRegisters\": [\"GMC\"], \"idCheckRequired\": false",
                        "\"code\": \"GB-ENG\", \"name\": \"England\", \"minimumAges\": {\"ANTI_WRINKLE\": 18, "
                                + "\"DERMAL_FILLER\": 18},\n   \"doctorsDirection\": [\"ANTI_WRINKLE\", "
                                + "\"DERMAL_FILLER\"], \"prescriberRegisters\": [\"GMC\"], \"idCheckRequired\": true",
                        "DERMAL_FILLER doctorsDirection is not an exception under the Act"),
                broken("a fallback with England's exception", "\"code\": \"GB-SCT\", \"name\": \"Scotland\", "
                                + "\"minimumAges\": {\"ANTI_WRINKLE\": 16},\n   \"doctorsDirection\": [], "
                                + "\"prescriberRegisters\": [\"GMC\"], \"idCheckRequired\": false",
                        "\"code\": \"GB-SCT\", \"name\": \"Scotland\", \"minimumAges\": {\"ANTI_WRINKLE\": 18, "
                                + "\"DERMAL_FILLER\": 18},\n   \"doctorsDirection\": [\"ANTI_WRINKLE\"], "
                                + "\"prescriberRegisters\": [\"GMC\"], \"idCheckRequired\": true, "
                                + "\"fallback\": \"England's rules as the stricter\"",
                        "ANTI_WRINKLE doctorsDirection: a fallback applies England's restrictions"),
                broken("no version", "\"version\": \"clinic-7\",",
                        "",
                        "needs a text \"version\""));
    }

    /** Whether the schema alone can see the fault (a direction without an age needs the loader). */
    static Stream<Arguments> schemaCases() {
        return cases().filter(c -> !c.get()[0].equals("a direction without an age"));
    }

    private static Arguments broken(String what, String from, String to, String reason) {
        String text = SCOTLAND.replace(from, to);
        assertThat(text).as("the edit for %s applies", what).isNotEqualTo(SCOTLAND);
        return Arguments.of(what, text, reason);
    }
}
