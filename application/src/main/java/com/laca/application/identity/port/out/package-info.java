/**
 * What identity needs from outside: staff accounts, refresh and one-time tokens, sign-in throttles, a slow password
 * hasher and an access-token signer.
 */
package com.laca.application.identity.port.out;
