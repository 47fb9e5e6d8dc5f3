/**
 * Sign-in, token refresh, sign-out and setting a password from a one-time link (the only staff-facing public URLs),
 * and the staff accounts of the caller's clinic: listing, inviting and password resets.
 */
package com.laca.adapter.rest.identity;
