package com.laca.application.academy.service;

import com.laca.application.academy.port.in.CertificateCredentialsQuery;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.CredentialSigner;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.VerificationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Shapes a certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (VC-JWT, OB 3.0 section 8.2: the credential
 * in the {@code vc} claim, {@code iss}, {@code jti}, {@code nbf}, {@code exp}) whose status a verifier reads from a
 * signed Bitstring Status List, so anyone shown one can check it offline against the published key and online for
 * revocation. Each certificate has its own one-entry list per purpose (index 0): certificates need no list
 * allocation, at the cost of herd privacy, which the public check by code gives up anyway. Everything is signed by
 * the issuing clinic's own key, in a transaction of that clinic, and its key set publishes that key alone. Each
 * request resolves the clinic's slug once and reads the certificate and signs in one transaction of that clinic.
 */
public final class CertificateCredentials implements CertificateCredentialsQuery {

    /** The purpose whose bit says the certificate was withdrawn for good (revoked, or superseded by a reissue). */
    public static final String REVOCATION = "revocation";
    /** The purpose whose bit says the certificate is suspended for now. */
    public static final String SUSPENSION = "suspension";
    /** The Bitstring Status List minimum length (16 KiB of bits), so every list looks alike. */
    static final int LIST_BITS = 131_072;

    private static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** The only two lists a one-entry list can be, compressed once rather than per request. */
    private static final String LIST_CLEAR = encodedList(false);
    private static final String LIST_SET = encodedList(true);

    private final TransactionRunner tx;
    private final CertificateRepository certificates;
    private final AcademyDirectory directory;
    private final CredentialSigner signer;
    private final Clock clock;

    public CertificateCredentials(TransactionRunner tx, CertificateRepository certificates,
                                  AcademyDirectory directory, CredentialSigner signer, Clock clock) {
        this.tx = tx;
        this.certificates = certificates;
        this.directory = directory;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public Optional<String> credential(String tenantSlug, String typedCode) {
        return signed(tenantSlug, typedCode, (certificate, now) -> credentialClaims(tenantSlug, certificate));
    }

    @Override
    public Optional<String> statusList(String tenantSlug, String typedCode, String purpose) {
        if (!Set.of(REVOCATION, SUSPENSION).contains(purpose)) {
            throw new InvalidInputException("purpose", "must be " + REVOCATION + " or " + SUSPENSION);
        }
        return signed(tenantSlug, typedCode, (certificate, now) -> statusListClaims(tenantSlug, certificate,
                certificate.statusAt(now), purpose, now));
    }

    @Override
    public Optional<Map<String, Object>> issuerKeys(String tenantSlug) {
        return directory.activeBySlug(tenantSlug).map(tenant -> tx.inTenant(tenant, () -> signer.publicKeys(tenant)));
    }

    /**
     * The claims of the certificate with that code at the clinic behind the slug, signed by that clinic, or nothing
     * (an unknown clinic and an unknown code look the same); read and signed in one transaction of the clinic, where
     * its key is read or on first need created.
     */
    private Optional<String> signed(String tenantSlug, String typedCode,
                                    BiFunction<Certificate, Instant, Map<String, Object>> claims) {
        Optional<VerificationCode> code = CertificateService.parse(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return directory.activeBySlug(tenantSlug).flatMap(tenant -> tx.inTenant(tenant, () -> certificates
                .findByCode(code.get()).map(certificate -> signer.sign(tenant, claims.apply(certificate, now)))));
    }

    private Map<String, Object> credentialClaims(String slug, Certificate certificate) {
        CertificateSnapshot snapshot = certificate.snapshot();
        String issuer = issuerId(slug);
        String certificateUrl = api("public/" + slug + "/certificates/" + certificate.code().value());
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", issuer + "/courses/" + certificate.key().course().value() + "/versions/"
                + certificate.key().courseVersion());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Course");
        achievement.put("name", snapshot.courseTitle());
        achievement.put("description", snapshot.courseTitle() + ": " + snapshot.cpdHours().toPlainString()
                + " CPD hours accredited by " + snapshot.accreditingBody() + " (" + snapshot.accreditationNumber()
                + ")");
        achievement.put("criteria", Map.of("narrative", "Completed every required lesson, assessment and supervised "
                + "practice of version " + certificate.key().courseVersion() + " of the course."));
        achievement.put("creditsAvailable", snapshot.cpdHours().doubleValue());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name",
                "hashed", false, "identityHash", snapshot.learnerName())));
        subject.put("achievement", achievement);
        subject.put("creditsEarned", snapshot.cpdHours().doubleValue());
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", "urn:uuid:" + certificate.id().value());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", Map.of("id", issuer, "type", List.of("Profile"), "name", snapshot.issuer()));
        vc.put("name", snapshot.courseTitle());
        vc.put("validFrom", certificate.issuedAt().toString());
        certificate.expiresAt().ifPresent(expiry -> vc.put("validUntil", expiry.toString()));
        vc.put("credentialSubject", subject);
        vc.put("evidence", List.of(Map.of("id", certificateUrl + "/page", "type", List.of("Evidence"),
                "name", "Public certificate check")));
        List<Map<String, Object>> status = new ArrayList<>();
        for (String purpose : List.of(REVOCATION, SUSPENSION)) {
            String list = certificateUrl + "/status/" + purpose;
            status.add(Map.of("id", list + "#0", "type", "BitstringStatusListEntry", "statusPurpose", purpose,
                    "statusListIndex", "0", "statusListCredential", list));
        }
        vc.put("credentialStatus", status);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("jti", vc.get("id"));
        claims.put("nbf", certificate.issuedAt().getEpochSecond());
        certificate.expiresAt().ifPresent(expiry -> claims.put("exp", expiry.getEpochSecond()));
        claims.put("vc", vc);
        return claims;
    }

    private Map<String, Object> statusListClaims(String slug, Certificate certificate, CertificateStatus status,
                                                 String purpose, Instant now) {
        boolean set = REVOCATION.equals(purpose)
                ? status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED
                : status == CertificateStatus.SUSPENDED;
        String issuer = issuerId(slug);
        String list = api("public/" + slug + "/certificates/" + certificate.code().value() + "/status/" + purpose);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(CONTEXT.get(0)));
        vc.put("id", list);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", Instant.ofEpochSecond(now.getEpochSecond()).toString());
        vc.put("credentialSubject", Map.of("id", list + "#list", "type", "BitstringStatusList",
                "statusPurpose", purpose, "encodedList", set ? LIST_SET : LIST_CLEAR));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("jti", list);
        claims.put("nbf", now.getEpochSecond());
        claims.put("vc", vc);
        return claims;
    }

    /** The Bitstring Status List encoding: GZIP, base64url without padding, multibase prefix {@code u}. */
    static String encodedList(boolean firstBitSet) {
        byte[] bits = new byte[LIST_BITS / 8];
        if (firstBitSet) {
            bits[0] = (byte) 0x80; // index 0 is the most significant bit of the first byte
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress a status list in memory", e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The academy's issuer profile id: its public address, under which its keys are published too. */
    private String issuerId(String slug) {
        return api("public/" + slug + "/academy");
    }

    private String api(String path) {
        URI resolved = directory.publicApi().resolve(path);
        return resolved.toString();
    }
}
