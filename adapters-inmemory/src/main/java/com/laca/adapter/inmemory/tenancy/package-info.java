/** The tenants, kept in memory. */
package com.laca.adapter.inmemory.tenancy;
