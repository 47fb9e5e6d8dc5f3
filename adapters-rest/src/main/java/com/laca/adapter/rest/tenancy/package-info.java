/**
 * The platform administrator's tenant endpoints (no clinic role passes the use case's TENANTS_MANAGE check), and a
 * clinic's own branding.
 */
package com.laca.adapter.rest.tenancy;
