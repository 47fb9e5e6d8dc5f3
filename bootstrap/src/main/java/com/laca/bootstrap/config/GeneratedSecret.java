package com.laca.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret of its own, generated into the data directory on first start and reused afterwards, for a key that
 * must outlive restarts and must not change when another key is rotated (the unsubscribe links already sent keep
 * working when the token signing key is replaced).
 */
final class GeneratedSecret {

    private static final int BYTES = 32;

    private GeneratedSecret() {
    }

    /** The Base64 secret stored as {@code keys/<name>} under the data directory, made on first use. */
    static synchronized String in(String dataDir, String name) {
        Path dir = Path.of(dataDir, "keys");
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                generate(dir, file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the secret " + name + " in " + dir, e);
        }
    }

    private static void generate(Path dir, Path file) throws IOException {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "secret", ".tmp");
        GeneratedKeys.restrictToOwner(tmp);
        Files.writeString(tmp, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            Files.delete(tmp);
        }
    }
}
