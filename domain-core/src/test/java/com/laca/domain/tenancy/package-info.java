/** Specifications of tenants and their slugs. */
package com.laca.domain.tenancy;
