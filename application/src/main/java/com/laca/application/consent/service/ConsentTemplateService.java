package com.laca.application.consent.service;

import com.laca.application.consent.port.in.ConsentTemplateUseCase;
import com.laca.application.consent.port.in.NewTemplateCommand;
import com.laca.application.consent.port.out.ConsentTemplateRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.BlockKind;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.identity.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff keep the consent forms: a new version is the next number of its series, must carry every mandatory block and
 * take effect after the version before it, so "the version in effect" is always well defined and a signed version is
 * never edited.
 */
public final class ConsentTemplateService implements ConsentTemplateUseCase {

    /** ISO 3166-2 style, e.g. {@code GB-ENG}. */
    static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private final TransactionRunner tx;
    private final ConsentTemplateRepository templates;

    public ConsentTemplateService(TransactionRunner tx, ConsentTemplateRepository templates) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public List<ConsentTemplate> list(Caller caller) {
        caller.require(Permission.CONSENT_MANAGE);
        return tx.inTenant(caller.tenantId(), templates::all);
    }

    @Override
    public ConsentTemplate create(Caller caller, NewTemplateCommand command) {
        caller.require(Permission.CONSENT_MANAGE);
        if (!JURISDICTION.matcher(command.jurisdiction()).matches()) {
            throw new InvalidInputException("jurisdiction", "must be an ISO 3166-2 code such as GB-ENG");
        }
        if (!command.category().clinicalProfile().consent()) {
            throw new InvalidInputException("category", command.category() + " needs no consent form");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            List<ConsentTemplate> all = templates.all();
            int next = all.stream().filter(t -> t.category() == command.category()
                            && t.jurisdiction().equals(command.jurisdiction()))
                    .mapToInt(ConsentTemplate::version).max().orElse(0) + 1;
            ConsentTemplate template;
            try {
                template = new ConsentTemplate(ConsentTemplateId.random(), command.category(), command.jurisdiction(),
                        next, command.effectiveFrom(), command.title(), command.blocks());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("title", e.getMessage());
            }
            Set<BlockKind> missing = template.missingMandatoryBlocks();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("blocks", "the form lacks its mandatory sections: "
                        + missing.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
            }
            List<ConsentTemplate> series = new ArrayList<>(all);
            series.add(template);
            try {
                new ConsentTemplates(series);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("effectiveFrom", "must be after the effective date of version "
                        + (next - 1) + " of this form");
            }
            templates.insert(template);
            return template;
        });
    }

    @Override
    public Optional<ConsentTemplate> effective(Caller caller, TreatmentCategory category, String jurisdiction,
                                               LocalDate date) {
        caller.require(Permission.CONSENT_MANAGE);
        return tx.inTenant(caller.tenantId(),
                () -> new ConsentTemplates(templates.all()).effective(category, jurisdiction, date));
    }
}
