package com.laca.bootstrap.wiring;

import com.laca.application.notification.port.out.MarketingOptOuts;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.domain.records.ChangeAuthor;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Withdraws marketing consent through the client records area, here in the wiring so notification never depends on
 * records: the record's version moves on (a staff edit based on the older version is refused, not silently
 * re-granting consent) and its history says the client did it through the unsubscribe link.
 */
final class ClientRecordMarketingOptOuts implements MarketingOptOuts {

    private final ClientProfileRepository profiles;
    private final Clock clock;

    ClientRecordMarketingOptOuts(ClientProfileRepository profiles, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean withdrawMarketing(ClientId client) {
        Optional<ClientProfile> before = profiles.find(client);
        if (before.isEmpty()) {
            return false;
        }
        ClientProfile after = before.get().withMarketing(before.get().marketing().withoutMessages());
        Optional<ClientChange> change = ClientChange.edited(before.get(), after, ChangeAuthor.UNSUBSCRIBE_LINK,
                clock.instant());
        if (change.isPresent()) {
            profiles.update(after);
            profiles.append(change.get());
        }
        return true;
    }
}
