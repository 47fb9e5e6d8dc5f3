/** Signing in, refreshing and signing out, and setting a password from an invitation or reset. */
package com.laca.application.identity.port.in;
