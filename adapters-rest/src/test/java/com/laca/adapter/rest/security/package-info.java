/** Specifications of the token-to-caller mapping and the security log. */
package com.laca.adapter.rest.security;
