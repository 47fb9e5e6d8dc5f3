package com.laca.domain.shared;

import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

@Label("Text stored before the rules")
class PlainTextPropertiesTest {

    @Property
    @Label("Whatever was stored, its readable form is a text the rules accept, so reading it back never fails")
    void readableIsAlwaysAccepted(@ForAll @Chars({'a', ' ', '\n', '\t', '\u200D', '\u0301'})
                                  @CharRange(from = '\u0000', to = '\u0040') @CharRange(from = '\u2000', to = '\u206F')
                                  @CharRange(from = '\uD800', to = '\uDFFF') @CharRange(from = '\uFFF0', to = '\uFFFF')
                                  String stored) {
        String oneLine = PlainText.readable(stored, false, 20, "(no name)");
        String lines = PlainText.readable(stored, true, 20, null);

        assertThatCode(() -> PlainText.required(oneLine, "name", 20)).doesNotThrowAnyException();
        assertThatCode(() -> PlainText.optionalMultiLine(lines, "description", 20)).doesNotThrowAnyException();
    }
}
