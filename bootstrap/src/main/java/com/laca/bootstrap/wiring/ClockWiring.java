package com.laca.bootstrap.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place the system clock is read; everything else receives this {@link Clock}. */
@ApplicationScoped
public class ClockWiring {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
