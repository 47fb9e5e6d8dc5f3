package com.laca.bootstrap.wiring;

import com.laca.adapter.identity.AccessTokenSettings;
import com.laca.adapter.identity.NimbusAccessTokenIssuer;
import com.laca.adapter.identity.Pbkdf2PasswordHasher;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Builds the password hasher and the access-token issuer from configuration (the signing key never in code). */
@ApplicationScoped
public class SecurityWiring {

    @Produces
    @ApplicationScoped
    PasswordHasher passwordHasher() {
        return new Pbkdf2PasswordHasher();
    }

    @Produces
    @ApplicationScoped
    AccessTokenIssuer accessTokenIssuer() {
        Config config = ConfigProvider.getConfig();
        return new NimbusAccessTokenIssuer(new AccessTokenSettings(
                config.getValue("laca.jwt.issuer", String.class),
                config.getValue("laca.jwt.audience", String.class),
                Duration.ofMinutes(config.getValue("laca.jwt.access-token-minutes", Integer.class)),
                signingKey(config),
                config.getValue("laca.jwt.key-id", String.class)));
    }

    /** The PKCS#8 PEM key from {@code laca.jwt.private-key.location}, or inline from {@code laca.jwt.private-key}. */
    private static RSAPrivateKey signingKey(Config config) {
        Optional<String> location = config.getOptionalValue("laca.jwt.private-key.location", String.class);
        String pem = location.map(SecurityWiring::read)
                .orElseGet(() -> config.getValue("laca.jwt.private-key", String.class));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", ""));
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("laca.jwt.private-key is not an RSA private key in PKCS#8 PEM form", e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + file, e);
        }
    }
}
