package com.laca.application.consent.port.out;

import com.laca.domain.consent.ConsentForm;

/**
 * Renders a signed consent as an archivable document; a port so the PDF library (and its licence) can be replaced
 * in one adapter.
 */
public interface ConsentRenderer {

    /**
     * The document for the form, with the SHA-256 of its exact bytes.
     *
     * @throws DocumentRenderingException when the document cannot be produced (e.g. an image the library refuses)
     */
    RenderedDocument render(ConsentForm form);
}
