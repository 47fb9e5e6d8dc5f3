package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.Problems;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: a record's version is its strong ETag, and every change must send it back in
 * If-Match, so two people editing one record cannot silently overwrite each other.
 */
public final class Versions {

    /** The request header a change must carry. */
    public static final String IF_MATCH = "If-Match";

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*\"(0|[1-9][0-9]{0,17})\"\\s*");

    private Versions() {
    }

    /** The ETag header value for a version, e.g. {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client last read; 428 when If-Match is missing, 400 when it is not one of our ETags (a weak tag
     * or {@code *} cannot say which version the client saw).
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED.problem(
                    "Send If-Match with the ETag of the version you read, e.g. If-Match: \"3\"."));
        }
        Matcher m = STRONG_TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new ProblemException(Problems.validation(Map.of(IF_MATCH,
                    "must be the ETag you read, e.g. \"3\"")));
        }
        return Long.parseLong(m.group(1));
    }
}
