package com.laca.bootstrap.config;

import java.util.Locale;

/**
 * Reads a setting from system properties or the environment the way MicroProfile Config maps names, for the one
 * place that cannot ask Config itself: a config source computing defaults while Config is being built.
 */
final class RawSettings {

    private RawSettings() {
    }

    static String get(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
