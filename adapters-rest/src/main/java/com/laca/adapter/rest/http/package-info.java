/**
 * The HTTP edge, in front of JAX-RS: servlet filters (ordered in this jar's {@code web-fragment.xml}) that give every
 * request a correlation id, add the security headers to every answer, answer CORS for the public API, apply the
 * per-address rate limits, refuse TRACE and CONNECT, guard the operations endpoints and clean the API description, and
 * read request bodies without holding a worker thread, so slow or odd connections cannot starve the server; and the
 * Swagger UI over the description.
 */
package com.laca.adapter.rest.http;
