package com.laca.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;

/** The version of the static assets, from their content, so a changed file gets a new URL and old copies expire. */
final class Assets {

    /** Every file the pages load. */
    static final List<String> FILES = List.of("/assets/site.css", "/assets/common.js", "/assets/booking.js",
            "/assets/staff.js", "/assets/questions.js", "/assets/previsit.js");

    private Assets() {
    }

    static String versionOf(Function<String, InputStream> resources) {
        CRC32 crc = new CRC32();
        for (String file : FILES) {
            try (InputStream in = resources.apply(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing asset " + file);
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
