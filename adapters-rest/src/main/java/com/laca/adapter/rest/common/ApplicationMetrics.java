package com.laca.adapter.rest.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Holds the application's metric registry for code Jersey creates itself: Payara's registry producer needs a real
 * injection point, so a programmatic lookup of the registry fails while a lookup of this bean works.
 */
@ApplicationScoped
public class ApplicationMetrics {

    @Inject
    MetricRegistry registry;

    /** The registry of this application's own metrics. */
    public MetricRegistry registry() {
        return registry;
    }
}
