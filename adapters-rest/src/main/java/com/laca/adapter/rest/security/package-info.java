/** Password hashing, access-token signing, and turning a verified MicroProfile JWT into a use-case caller. */
package com.laca.adapter.rest.security;
