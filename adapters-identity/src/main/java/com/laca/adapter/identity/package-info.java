/**
 * The identity adapters: PBKDF2 password hashing and RS256 access-token signing with Nimbus, whose types never leave
 * this package.
 */
package com.laca.adapter.identity;
