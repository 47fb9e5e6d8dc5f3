package com.laca.bootstrap.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quietens Payara's MicroProfile JWT identity store, which logs every refused token at INFO with a 5 KB stack trace
 * (a hundred forged tokens made half a megabyte of log); LACA logs each refusal itself as one WARNING line instead.
 * {@code laca.log.token-failure-details=true} keeps Payara's detail, e.g. while connecting an external identity
 * provider.
 */
@ApplicationScoped
public class SecurityLogLevels {

    /** Payara's logger for tokens it could not verify. */
    static final String PAYARA_JWT_IDENTITY_STORE =
            "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore";

    /** Held for the application's lifetime: the log manager keeps only weak references, and with them the level. */
    private static final Logger QUIETENED = Logger.getLogger(PAYARA_JWT_IDENTITY_STORE);

    @Inject
    @ConfigProperty(name = "laca.log.token-failure-details", defaultValue = "false")
    boolean tokenFailureDetails;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!tokenFailureDetails) {
            QUIETENED.setLevel(Level.WARNING);
        }
    }
}
