/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer with a stable type, so no client ever
 * sees a stack trace, a vendor message or an HTML error page.
 */
package com.laca.adapter.rest.problem;
