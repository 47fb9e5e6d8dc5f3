package com.laca.bootstrap.wiring;

import com.laca.adapter.content.ContentWriterConfig;
import com.laca.adapter.persistence.clinic.JpaDescriptionDraftRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.in.TreatmentDescriptionsUseCase;
import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.clinic.service.TreatmentDescriptionService;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The tenant site's content (issue 15): treatment description drafts from the configured chat-completions endpoint
 * ({@code laca.content.*}), or from the deterministic template when none is configured.
 */
@ApplicationScoped
public class SiteContentWiring {

    private static final System.Logger LOG = System.getLogger(SiteContentWiring.class.getName());

    private ContentWriter writer;
    private TreatmentDescriptionService descriptions;

    SiteContentWiring() {
        // for the CDI proxy
    }

    @Inject
    SiteContentWiring(Config config, CurrentEntityManager current, TransactionRunner tx, TenantRepository tenants,
                      TreatmentRepository treatments, ReferenceDataVersion referenceData, Clock clock) {
        Optional<ContentWriterConfig> settings = ContentWriterConfig.from(
                key -> config.getOptionalValue(key, String.class));
        writer = ContentWriterConfig.writer(settings);
        LOG.log(System.Logger.Level.INFO, settings.map(s -> "Treatment descriptions drafted by model " + s.model()
                + " at " + s.baseUrl()).orElse("Treatment descriptions drafted from the built-in template ("
                + ContentWriterConfig.BASE_URL + " is not set)"));
        descriptions = new TreatmentDescriptionService(tx, tenants, treatments,
                new JpaDescriptionDraftRepository(current), referenceData, writer, clock);
    }

    /** Builds this wiring at deployment, so incomplete writer settings fail the start instead of the first draft. */
    void chooseAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.log(System.Logger.Level.DEBUG, "content writer: {0}", writer.source());
    }

    @Produces
    @ApplicationScoped
    TreatmentDescriptionsUseCase treatmentDescriptions() {
        return descriptions;
    }
}
