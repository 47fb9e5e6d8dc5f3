/**
 * The academy's credential signing with Nimbus: certificates as VC-JWTs and the public keys that verify them; Nimbus
 * types never leave this package.
 */
package com.laca.adapter.identity.academy;
