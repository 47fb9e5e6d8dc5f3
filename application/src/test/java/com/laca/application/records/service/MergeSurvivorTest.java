package com.laca.application.records.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MergeSurvivorTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Optional<EmailAddress> EMAIL = Optional.of(new EmailAddress("zoe@example.com"));

    @Test
    @DisplayName("a merged client's record is its survivor's, through a chain of merges")
    void followsTheChain() {
        ClientId first = ClientId.random();
        ClientId second = ClientId.random();
        ClientId survivor = ClientId.random();
        ClientProfileRepository profiles = profiles(merged(first, second), merged(second, survivor),
                active(survivor));

        assertThat(FindClientsService.survivorOf(profiles, first)).map(ClientProfile::id).contains(survivor);
    }

    @Test
    @DisplayName("a damaged chain that merges two clients into each other ends instead of looping for ever")
    void damagedChainEnds() {
        ClientId one = ClientId.random();
        ClientId other = ClientId.random();
        ClientProfileRepository profiles = profiles(merged(one, other), merged(other, one));

        assertThat(FindClientsService.survivorOf(profiles, one)).isPresent();
    }

    private static ClientProfile merged(ClientId id, ClientId into) {
        return new ClientProfile(id, CLINIC, "Zoe", "Brown", LocalDate.of(1990, 4, 15), EMAIL,
                Optional.empty(), ContactPreferences.NONE, MarketingConsent.NONE, ClientStatus.MERGED,
                Optional.of(into), List.of());
    }

    private static ClientProfile active(ClientId id) {
        return ClientProfile.create(id, CLINIC, "Zoe", "Brown", LocalDate.of(1990, 4, 15), EMAIL,
                Optional.empty(), ContactPreferences.NONE);
    }

    private static ClientProfileRepository profiles(ClientProfile... stored) {
        return (ClientProfileRepository) Proxy.newProxyInstance(MergeSurvivorTest.class.getClassLoader(),
                new Class<?>[] {ClientProfileRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Stream.of(stored).filter(profile -> profile.id().equals(args[0])).findFirst();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
