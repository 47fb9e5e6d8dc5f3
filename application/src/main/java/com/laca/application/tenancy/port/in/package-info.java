/** The platform administrator's use cases: creating, listing and suspending tenants. */
package com.laca.application.tenancy.port.in;
