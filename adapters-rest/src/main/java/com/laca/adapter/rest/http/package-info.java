/**
 * The HTTP edge, in front of JAX-RS: servlet filters (ordered in this jar's {@code web-fragment.xml}) that add the
 * security headers to every answer, refuse TRACE and CONNECT, guard the operations endpoints, and read request bodies
 * without holding a worker thread, so slow or odd connections cannot starve the server.
 */
package com.laca.adapter.rest.http;
