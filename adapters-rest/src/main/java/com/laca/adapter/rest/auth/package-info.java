/** Sign-in, token refresh, sign-out and setting a password from a one-time link; the only staff-facing public URLs. */
package com.laca.adapter.rest.auth;
