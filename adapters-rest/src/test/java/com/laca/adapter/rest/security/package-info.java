/** Specifications of the password hasher, the token issuer and the token-to-caller mapping. */
package com.laca.adapter.rest.security;
