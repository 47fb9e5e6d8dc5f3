package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server logs when it refuses someone: one WARNING line each, saying what was refused, for whom and from
 * where, and never a stack trace, a token or a password; so a flood of forged tokens cannot flood the log.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Each refused token or sign-in is one WARNING line, without a stack trace")
class SecurityLogE2EIT {

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

    @Test
    @DisplayName("Forged, expired, unsigned, premature and clinic-less tokens: one warning each, no stack traces")
    void refusedTokens() throws Exception {
        String owner = Sessions.demoOwner();
        SignedTokens tokens = SignedTokens.basedOn(owner);
        JWTClaimsSet claims = SignedJWT.parse(owner).getJWTClaimsSet();
        SignedJWT otherKey = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        otherKey.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        Instant past = Instant.now().minusSeconds(3600);
        List<String> forged = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            forged.add("not-a-token-" + i);
            forged.add(otherKey.serialize());
            forged.add(new PlainJWT(claims).serialize());
            forged.add(tokens.signed(b -> b.issueTime(Date.from(past.minusSeconds(900)))
                    .expirationTime(Date.from(past))));
            forged.add(tokens.signed(b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))));
            forged.add(tokens.signed(b -> b.claim("tenant", UUID.randomUUID().toString())));
        }
        long start = Files.size(log());

        for (String token : forged) {
            assertThat(Api.withToken(token).get("/api/locations").status()).isEqualTo(401);
        }

        String written = awaitLines(start, "Refused a bearer token", forged.size());
        assertThat(count(written, "Refused a bearer token")).isEqualTo(forged.size());
        assertThat(STACK_FRAME.matcher(written).find()).as("a stack trace in:%n%s", written).isFalse();
        assertThat(written).doesNotContain(forged.get(1)).doesNotContain("Exception");
        assertThat(written.length()).as("bytes logged for %s refusals", forged.size()).isLessThan(forged.size() * 600);
    }

    @Test
    @DisplayName("Wrong passwords and a locked account: one warning each, naming no password")
    void refusedSignIns() throws Exception {
        NewStaff staff = NewStaff.inDemoClinic(java.util.Set.of("FINANCE"));
        long start = Files.size(log());

        for (int i = 0; i < 6; i++) {
            Sessions.login(Sessions.DEMO, staff.email(), "wrong-secret-" + i);
        }

        String written = awaitLines(start, "Refused a sign-in", 6);
        assertThat(count(written, "Refused a sign-in")).isEqualTo(6);
        assertThat(STACK_FRAME.matcher(written).find()).isFalse();
        assertThat(written).doesNotContain("wrong-secret").doesNotContain(staff.email());
    }

    private static Path log() {
        return RunningServer.get().log();
    }

    /** What the server logged since {@code start}, once it holds the expected lines (or after five seconds). */
    private static String awaitLines(long start, String marker, int expected) throws Exception {
        String written = "";
        for (int i = 0; i < 50 && count(written, marker) < expected; i++) {
            Thread.sleep(100);
            written = readFrom(start);
        }
        Thread.sleep(300);
        return readFrom(start);
    }

    private static String readFrom(long start) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String marker) {
        Matcher m = Pattern.compile(Pattern.quote(marker)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
