package com.laca.adapter.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which clinic page a path asks for: the booking wizard, the manage page or the pre-visit page, and for which clinic. */
record PageRequest(String slug, Kind kind) {

    /** The public pages of a clinic. */
    enum Kind { BOOK, MANAGE, PRE_VISIT }

    private static final Pattern PATH = Pattern.compile("/book/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(/manage|/pre-visit)?/?");

    static Optional<PageRequest> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = m.group(2) == null ? Kind.BOOK : m.group(2).equals("/manage") ? Kind.MANAGE : Kind.PRE_VISIT;
        return Optional.of(new PageRequest(m.group(1), kind));
    }
}
