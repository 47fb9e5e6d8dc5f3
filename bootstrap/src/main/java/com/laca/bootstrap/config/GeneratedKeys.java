package com.laca.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The embedded default's token signing keys: an RSA-2048 pair generated with the JDK into the data directory on first
 * start and reused afterwards, so tokens survive restarts without any key in the code or the repository.
 *
 * @param privateKeyPem PKCS#8 PEM
 * @param publicKeyPem  X.509 SubjectPublicKeyInfo PEM, as MicroProfile JWT expects
 */
record GeneratedKeys(String privateKeyPem, String publicKeyPem) {

    private static final String PRIVATE_FILE = "jwt-private.pem";
    private static final String PUBLIC_FILE = "jwt-public.pem";

    static synchronized GeneratedKeys in(String dataDir) {
        Path dir = Path.of(dataDir, "keys");
        try {
            Path privateFile = dir.resolve(PRIVATE_FILE);
            Path publicFile = dir.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                generate(dir, privateFile, publicFile);
            }
            return new GeneratedKeys(Files.readString(privateFile), Files.readString(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write token keys in " + dir, e);
        }
    }

    private static void generate(Path dir, Path privateFile, Path publicFile) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "jwt", ".tmp");
        restrictToOwner(tmp);
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.move(tmp, privateFile);
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    /** Makes the file readable and writable by its owner only (or, off POSIX, readable by the owner only). */
    static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(true, true);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
