package com.laca.adapter.inmemory.academy;

import com.laca.application.academy.port.out.CredentialSigner;
import com.laca.domain.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in signer for use-case tests: it signs nothing, but names each tenant's own key ({@code kid}), records
 * which tenant signed which claims, and publishes that tenant's key alone, so a test can see that a credential was
 * signed by the clinic that issued it. Not for production: its "signatures" prove nothing.
 */
public final class InMemoryCredentialSigner implements CredentialSigner {

    /** One signing: the tenant whose key signed, and the claims. */
    public record Signed(TenantId tenant, Map<String, Object> claims) {
    }

    private final Map<TenantId, String> keyIds = new ConcurrentHashMap<>();
    private final List<Signed> signed = new ArrayList<>();

    @Override
    public synchronized String sign(TenantId tenant, Map<String, Object> claims) {
        signed.add(new Signed(tenant, claims));
        return keyId(tenant) + "." + signed.size();
    }

    /** The tenant's key once it has signed, or an empty set, as a real signer publishes no key before it makes one. */
    @Override
    public Map<String, Object> publicKeys(TenantId tenant) {
        return Map.of("keys", Optional.ofNullable(keyIds.get(tenant))
                .map(kid -> List.of(Map.of("kty", "none", "kid", kid))).orElse(List.of()));
    }

    /** The tenant's key id, made on its first signature (or first call here) as a real signer makes the key. */
    public String keyId(TenantId tenant) {
        return keyIds.computeIfAbsent(tenant, t -> "in-memory-" + t);
    }

    /** Every signing so far, oldest first. */
    public synchronized List<Signed> signed() {
        return List.copyOf(signed);
    }
}
