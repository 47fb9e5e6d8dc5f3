package com.laca.bootstrap.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies defaults that follow from other settings, so an operator sets only {@code LACA_DB_URL}, user and password:
 * the data-source class follows from the URL, and the token keys, the unsubscribe links' secret and the key that
 * encrypts the academy's per-clinic signing keys are generated into the data directory on first start when none are
 * configured. Its low ordinal lets any explicit setting win.
 */
public class DerivedConfigSource implements ConfigSource {

    static final String DATASOURCE_CLASS = "laca.db.datasource-class";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PRIVATE_KEY = "laca.jwt.private-key";
    static final String UNSUBSCRIBE_SECRET = "laca.notifications.unsubscribe-secret";
    static final String ISSUER_KEK = "laca.academy.issuer-kek";

    private static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS, PUBLIC_KEY, PRIVATE_KEY, UNSUBSCRIBE_SECRET, ISSUER_KEK);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case DATASOURCE_CLASS -> dataSourceClassFor(RawSettings.get("laca.db.url", ""));
            case PUBLIC_KEY -> explicitKeysConfigured() ? null : GeneratedKeys.in(dataDir()).publicKeyPem();
            case PRIVATE_KEY -> explicitKeysConfigured() ? null : GeneratedKeys.in(dataDir()).privateKeyPem();
            case UNSUBSCRIBE_SECRET -> GeneratedSecret.in(dataDir(), "unsubscribe-secret");
            case ISSUER_KEK -> GeneratedSecret.in(dataDir(), "academy-issuer-kek");
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "laca-derived";
    }

    static String dataSourceClassFor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.ds.PGSimpleDataSource"
                : "org.h2.jdbcx.JdbcDataSource";
    }

    private static boolean explicitKeysConfigured() {
        return RawSettings.get("laca.jwt.private-key.location", null) != null
                || RawSettings.get("mp.jwt.verify.publickey.location", null) != null;
    }

    private static String dataDir() {
        return RawSettings.get("laca.data.dir", "data");
    }
}
