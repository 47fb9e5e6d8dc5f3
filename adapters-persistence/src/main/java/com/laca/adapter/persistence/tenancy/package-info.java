/** The tenants in the platform table tenants. */
package com.laca.adapter.persistence.tenancy;
