package com.laca.application.consent.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Staff keep the clinic's consent forms: versions per category and jurisdiction, each from an effective date. */
public interface ConsentTemplateUseCase {

    /** Every version. */
    List<ConsentTemplate> list(Caller caller);

    /**
     * Adds the next version of a series; refused (invalid input) when a mandatory block is missing, the date is not
     * after the latest version's, or a field is malformed.
     */
    ConsentTemplate create(Caller caller, NewTemplateCommand command);

    /** The version in effect for the category, jurisdiction and date, if any. */
    Optional<ConsentTemplate> effective(Caller caller, TreatmentCategory category, String jurisdiction,
                                        LocalDate date);
}
