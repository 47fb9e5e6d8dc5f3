/** Specifications of roles and permissions. */
package com.laca.domain.identity;
