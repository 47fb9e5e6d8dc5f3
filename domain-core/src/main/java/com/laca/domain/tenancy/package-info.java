/** Tenants: the clinic businesses that share one deployment and must never see each other's data. */
package com.laca.domain.tenancy;
