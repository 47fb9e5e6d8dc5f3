package com.laca.application.academy.port.out;

import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the academy needs to know about the clinic it belongs to (its name as a certificate's issuer, its time zone
 * for expiry dates) and which active clinic a public address names; answered by the tenancy area, which the academy
 * never uses directly.
 */
public interface AcademyDirectory {

    /** The academy's name and zone; its tenant exists whenever a caller acts in it. */
    AcademyProfile profile(TenantId tenant);

    /**
     * The address public API paths are resolved against (ending in {@code /api/}), so a printed certificate names its
     * check in full; relative (empty) where the server's address is unknown, e.g. in tests.
     */
    default URI publicApi() {
        return URI.create("");
    }

    /** The active clinic with this public slug, if any. */
    Optional<TenantId> activeBySlug(String slug);

    /**
     * The issuer's name, the zone dates are counted in, and the public slug certificates are checked under (empty
     * where no public address exists, e.g. in tests).
     */
    record AcademyProfile(String name, ZoneId zone, String slug) {

        public AcademyProfile(String name, ZoneId zone) {
            this(name, zone, "");
        }
    }
}
