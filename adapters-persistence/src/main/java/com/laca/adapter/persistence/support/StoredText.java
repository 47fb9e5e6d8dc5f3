package com.laca.adapter.persistence.support;

import com.laca.domain.shared.PlainText;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Reads the text columns of a row into what the domain's text rules accept, so one row written before those rules (or
 * by hand) can never take a list, a public menu or an edit down: it reads back in its readable form and can be
 * corrected or deleted through the API. Each substitution is logged with the row's id, never its content.
 */
public final class StoredText {

    private static final Logger LOG = Logger.getLogger(StoredText.class.getName());

    private final String table;
    private final String id;

    private StoredText(String table, String id) {
        this.table = table;
        this.id = id;
    }

    /** The text columns of one row of a table. */
    public static StoredText of(String table, String id) {
        return new StoredText(table, id);
    }

    /** A required one-line column; "(no …)" stands in when nothing readable is left. */
    public String line(String column, String stored, int maxLength) {
        return read(column, stored, false, maxLength, "(no " + column.replace('_', ' ') + ")");
    }

    /** An optional one-line column; nothing readable reads as none. */
    public String optionalLine(String column, String stored, int maxLength) {
        return read(column, stored, false, maxLength, null);
    }

    /** An optional column of several lines; nothing readable reads as none. */
    public String optionalLines(String column, String stored, int maxLength) {
        return read(column, stored, true, maxLength, null);
    }

    private String read(String column, String stored, boolean multiLine, int maxLength, String fallback) {
        String readable = PlainText.readable(stored, multiLine, maxLength, fallback);
        if (!Objects.equals(readable, stored) && !isOptionalBlank(stored, fallback)) {
            LOG.warning(() -> table + " " + id + ": column " + column + " holds text the current rules refuse;"
                    + " it reads as its readable form until the record is edited");
        }
        return readable;
    }

    /** An optional column holding only white space reads as none, as the domain would have stored it anyway. */
    private static boolean isOptionalBlank(String stored, String fallback) {
        return fallback == null && stored != null && stored.isBlank();
    }
}
