package com.laca.application.consent.port.out;

import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import java.util.List;
import java.util.Optional;

/** Keeps the current tenant's consent template versions; a version is written once and never edited. */
public interface ConsentTemplateRepository {

    /** Every version, oldest first per series. */
    List<ConsentTemplate> all();

    Optional<ConsentTemplate> find(ConsentTemplateId id);

    /**
     * Stores a new version.
     *
     * @throws com.laca.application.shared.ConflictException if the number or effective date is already taken
     */
    void insert(ConsentTemplate template);
}
