package com.laca.application.notification.port.out;

/**
 * Turns a kind of message and its facts into the words a client reads, in their locale and with the clinic's
 * branding, from the tenant's template or the shipped default, so that wording lives in templates, never in code.
 */
public interface MessageRenderer {

    /**
     * Renders one message; treatment names go through the request's content rule, so a hidden treatment is never
     * named where it is hidden. The result is checked against the content rule by the caller before it is sent.
     *
     * @throws MessageRenderingException when the template cannot be rendered
     */
    RenderedMessage render(RenderRequest request);

    /**
     * Renders the request's template (the tenant's, or the default when it has none) with the renderer's sample
     * data in place of the request's facts, and lists what is wrong with it; never throws for a broken template.
     */
    Preview preview(RenderRequest request);
}
