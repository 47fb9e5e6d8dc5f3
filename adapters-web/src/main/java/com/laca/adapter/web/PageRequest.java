package com.laca.adapter.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which clinic page a path asks for: the booking wizard or the manage page, and for which clinic slug. */
record PageRequest(String slug, Kind kind) {

    /** The two public pages of a clinic. */
    enum Kind { BOOK, MANAGE }

    private static final Pattern PATH = Pattern.compile("/book/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(/manage)?/?");

    static Optional<PageRequest> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(m.group(1), m.group(2) == null ? Kind.BOOK : Kind.MANAGE));
    }
}
