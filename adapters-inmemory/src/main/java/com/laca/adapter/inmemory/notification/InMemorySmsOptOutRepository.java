package com.laca.adapter.inmemory.notification;

import com.laca.application.notification.port.out.SmsOptOutRepository;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The platform's STOP list in memory, for tests and embedders. */
public final class InMemorySmsOptOutRepository implements SmsOptOutRepository {

    private final Map<PhoneNumber, Instant> stopped = new ConcurrentHashMap<>();

    @Override
    public void optOut(PhoneNumber number, Instant at) {
        stopped.putIfAbsent(number, at);
    }

    @Override
    public boolean optIn(PhoneNumber number) {
        return stopped.remove(number) != null;
    }

    @Override
    public boolean isOptedOut(PhoneNumber number) {
        return stopped.containsKey(number);
    }
}
