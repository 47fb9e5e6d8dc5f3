package com.laca.bootstrap;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.bootstrap.demo.StartupData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database up to date when the application starts, before any request is served, then creates the
 * start-up data; a failure here fails the deployment rather than leaving a half-working server.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    @ConfigProperty(name = "laca.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "laca.db.user")
    String user;
    @Inject
    @ConfigProperty(name = "laca.db.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "laca.db.migration.user")
    Optional<String> migrationUser;
    @Inject
    @ConfigProperty(name = "laca.db.migration.password")
    Optional<String> migrationPassword;
    @Inject
    @ConfigProperty(name = "laca.db.app-role", defaultValue = FlywayMigrator.DEFAULT_APP_ROLE)
    String appRole;
    @Inject
    @ConfigProperty(name = "laca.demo.enabled")
    Optional<Boolean> demoEnabled;
    @Inject
    StartupData startupData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String owner = migrationUser.orElse(user);
        String ownerPassword = migrationUser.isPresent() ? migrationPassword.orElse("") : password.orElse("");
        new FlywayMigrator().migrate(url, owner, ownerPassword, postgres ? appRole : FlywayMigrator.DEFAULT_APP_ROLE);
        LOG.info(() -> "LACA database migrated (" + (postgres ? "PostgreSQL" : "embedded H2") + ")");
        startupData.ensure(demoEnabled.orElse(!postgres));
    }
}
