/** Tenant administration, slug resolution and the short-lived cache of tenant statuses that token checks read. */
package com.laca.application.tenancy.service;
