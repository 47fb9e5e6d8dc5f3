package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.academy.InMemoryCredentialSigner;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificateCredentialsTest {

    private static final Instant ISSUED = Instant.parse("2026-11-02T10:15:30Z");
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final Certificate certificate = new Certificate(CertificateId.random(),
            new CertificateKey(UserId.random(), CourseId.random(), 2, 1), 1,
            VerificationCode.generate(new SecureRandom()),
            new CertificateSnapshot("Dr Sam Lee", "Foundation botulinum toxin", "Glow Academy",
                    "CPD Certification Service", "CPD-1", new BigDecimal("6.5"), BigDecimal.ONE),
            ISSUED, Optional.of(Instant.parse("2028-11-02T10:15:30Z")), List.of());
    private static final TenantId GLOW = TenantId.random();
    /** The certificate as stored now: {@link #certificate}, or it with a status change or an earlier expiry. */
    private Certificate stored = certificate;
    private final InMemoryCredentialSigner signer = new InMemoryCredentialSigner();
    private final List<String> lookups = new ArrayList<>();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final CertificateCredentials credentials = new CertificateCredentials(new TransactionRunner() {
                @Override
                public <T> T inTenant(TenantId tenant, Supplier<T> work) {
                    lookups.add("transaction");
                    return transactions.inTenant(tenant, work);
                }

                @Override
                public <T> T asPlatform(Supplier<T> work) {
                    return transactions.asPlatform(work);
                }
            },
            certificates(),
            new AcademyDirectory() {
                @Override
                public AcademyProfile profile(TenantId tenant) {
                    return new AcademyProfile("Glow Academy", ZoneId.of("Europe/London"), "glow");
                }

                @Override
                public URI publicApi() {
                    return URI.create("https://glow.test/api/");
                }

                @Override
                public Optional<TenantId> activeBySlug(String slug) {
                    lookups.add("slug");
                    return slug.equals("glow") ? Optional.of(GLOW) : Optional.empty();
                }
            },
            signer, Clock.fixed(NOW, ZoneOffset.UTC));

    /** Glow's one stored certificate, found by its code; the credentials read nothing else. */
    private CertificateRepository certificates() {
        return (CertificateRepository) Proxy.newProxyInstance(CertificateCredentialsTest.class.getClassLoader(),
                new Class<?>[] {CertificateRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findByCode")) {
                        return Optional.of(stored).filter(c -> c.code().equals(args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The certificate as it would stand now with that status. */
    private Certificate withStatus(CertificateStatus status) {
        Instant changed = ISSUED.plusSeconds(86_400);
        UserId by = UserId.random();
        return switch (status) {
            case VALID -> certificate;
            case EXPIRED -> new Certificate(certificate.id(), certificate.key(), 1, certificate.code(),
                    certificate.snapshot(), ISSUED, Optional.of(changed), List.of());
            case SUSPENDED -> withHistory(new StatusChange(StatusChange.Action.SUSPENDED, changed, by,
                    StatusCause.REGRADE, "regrade"));
            case REVOKED -> withHistory(new StatusChange(StatusChange.Action.REVOKED, changed, by,
                    StatusCause.STAFF_DECISION, "not signed off"));
            case SUPERSEDED -> withHistory(new StatusChange(StatusChange.Action.REVOKED, changed, by,
                    StatusCause.REISSUE, "name corrected"));
        };
    }

    private Certificate withHistory(StatusChange change) {
        return new Certificate(certificate.id(), certificate.key(), 1, certificate.code(), certificate.snapshot(),
                ISSUED, certificate.expiresAt(), List.of(change));
    }

    private Map<String, Object> signed(int index) {
        return signer.signed().get(index).claims();
    }

    private int signedCount() {
        return signer.signed().size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    @DisplayName("the credential is an OpenBadgeCredential of the snapshot, valid from issue, with two status entries")
    void shapesTheOpenBadgeCredential() {
        assertThat(credentials.credential("glow", certificate.code().display()))
                .contains(signer.keyId(GLOW) + ".1");
        assertThat(signer.signed()).extracting(InMemoryCredentialSigner.Signed::tenant).containsExactly(GLOW);
        Map<String, Object> claims = signed(0);
        Map<String, Object> vc = map(claims.get("vc"));

        assertThat(claims).containsEntry("iss", "https://glow.test/api/public/glow/academy")
                .containsEntry("jti", "urn:uuid:" + certificate.id().value())
                .containsEntry("nbf", ISSUED.getEpochSecond())
                .containsEntry("exp", Instant.parse("2028-11-02T10:15:30Z").getEpochSecond());
        assertThat(list(vc.get("type"))).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(map(vc.get("issuer"))).containsEntry("id", claims.get("iss")).containsEntry("name", "Glow Academy");
        assertThat(vc).containsEntry("validFrom", "2026-11-02T10:15:30Z")
                .containsEntry("validUntil", "2028-11-02T10:15:30Z");
        Map<String, Object> subject = map(vc.get("credentialSubject"));
        assertThat(map(list(subject.get("identifier")).get(0))).containsEntry("identityHash", "Dr Sam Lee")
                .containsEntry("identityType", "name").containsEntry("hashed", false);
        assertThat(map(subject.get("achievement"))).containsEntry("name", "Foundation botulinum toxin")
                .containsEntry("creditsAvailable", 6.5);
        List<Object> entries = list(vc.get("credentialStatus"));
        assertThat(entries).extracting(e -> map(e).get("statusPurpose")).containsExactly("revocation", "suspension");
        assertThat(map(entries.get(0))).containsEntry("type", "BitstringStatusListEntry")
                .containsEntry("statusListIndex", "0").containsEntry("statusListCredential",
                        "https://glow.test/api/public/glow/certificates/" + certificate.code().value()
                                + "/status/revocation");
        assertThat(credentials.credential("glow", "0000-0000-0000")).isEmpty();
        assertThat(credentials.credential("other", certificate.code().display())).isEmpty();
    }

    @Test
    @DisplayName("revoked and superseded set the revocation bit, suspended the suspension bit, expired neither")
    void statusBits() throws Exception {
        String code = certificate.code().display();
        for (CertificateStatus each : CertificateStatus.values()) {
            stored = withStatus(each);
            assertThat(stored.statusAt(NOW)).isEqualTo(each);
            credentials.statusList("glow", code, "revocation");
            credentials.statusList("glow", code, "suspension");
            boolean revoked = firstBit(signed(signedCount() - 2));
            boolean suspended = firstBit(signed(signedCount() - 1));
            assertThat(revoked).as("revocation bit when %s", each)
                    .isEqualTo(each == CertificateStatus.REVOKED || each == CertificateStatus.SUPERSEDED);
            assertThat(suspended).as("suspension bit when %s", each).isEqualTo(each == CertificateStatus.SUSPENDED);
        }
        assertThat(signer.signed()).allSatisfy(each -> assertThat(each.tenant()).isEqualTo(GLOW));
        Map<String, Object> vc = map(signed(0).get("vc"));
        assertThat(list(vc.get("type"))).containsExactly("VerifiableCredential", "BitstringStatusListCredential");
        assertThat(vc).containsEntry("validFrom", NOW.toString());
        assertThatThrownBy(() -> credentials.statusList("glow", code, "expiry"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(credentials.issuerKeys("other")).isEmpty();
    }

    @Test
    @DisplayName("a credential or status list looks the clinic up once and reads and signs in one transaction")
    void oneLookupOneTransaction() {
        String code = certificate.code().display();

        credentials.credential("glow", code);
        assertThat(lookups).containsExactly("slug", "transaction");
        lookups.clear();
        credentials.statusList("glow", code, "revocation");
        assertThat(lookups).containsExactly("slug", "transaction");
        lookups.clear();
        assertThat(credentials.credential("glow", "not a code")).isEmpty();
        assertThat(lookups).isEmpty();
    }

    @Test
    @DisplayName("the clinic's key set publishes the key that signs its credentials, and no other clinic's")
    void issuerKeysAreTheClinicsOwn() {
        signer.keyId(TenantId.random()); // another clinic's key exists
        assertThat(credentials.issuerKeys("glow")).as("before the clinic signs anything")
                .contains(Map.of("keys", List.of()));
        credentials.credential("glow", certificate.code().display());

        assertThat(credentials.issuerKeys("glow")).contains(Map.of("keys",
                List.of(Map.of("kty", "none", "kid", signer.keyId(GLOW)))));
    }

    private static boolean firstBit(Map<String, Object> claims) throws Exception {
        String encoded = (String) map(map(claims.get("vc")).get("credentialSubject")).get("encodedList");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return (in.readAllBytes()[0] & 0x80) != 0;
        }
    }
}
