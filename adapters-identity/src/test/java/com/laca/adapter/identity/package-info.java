/** Specifications of the password hasher and the token issuer. */
package com.laca.adapter.identity;
