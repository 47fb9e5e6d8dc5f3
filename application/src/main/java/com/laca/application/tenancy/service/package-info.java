/** Tenant administration and slug resolution. */
package com.laca.application.tenancy.service;
