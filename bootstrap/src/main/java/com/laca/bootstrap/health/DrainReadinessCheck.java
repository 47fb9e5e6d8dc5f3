package com.laca.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports not ready from the moment shutdown starts, so the load balancer stops sending requests while we drain. */
@Readiness
@ApplicationScoped
public class DrainReadinessCheck implements HealthCheck {

    @Inject
    ShutdownDrain drain;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!drain.draining())
                .withData("inFlight", drain.inFlight()).build();
    }
}
