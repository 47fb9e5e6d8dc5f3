package com.laca.application.safety.port.out;

import com.laca.domain.safety.RuleSet;

/**
 * Supplies the contraindication rule set in force, read from the reviewed resource file by an adapter because the
 * domain parses no files; a later adapter may keep per-tenant rule sets without changing the use cases.
 */
public interface RuleSetSource {

    /**
     * The rule set in force, with its questionnaire.
     *
     * @throws RuleSetInvalidException when the resource is missing, malformed or inconsistent
     */
    RuleSet current();
}
