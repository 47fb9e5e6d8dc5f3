package com.laca.application.safety.port.out;

import com.laca.domain.safety.Jurisdictions;

/**
 * Supplies the law for each jurisdiction a location may be in, read from the reviewed jurisdictions file (and a
 * deployment's own over it) by an adapter because the domain parses no files; the gates look a location's law up here
 * rather than in code.
 */
public interface JurisdictionsSource {

    /**
     * The catalogue in force.
     *
     * @throws JurisdictionsInvalidException when a file is missing, malformed or inconsistent
     */
    Jurisdictions current();
}
