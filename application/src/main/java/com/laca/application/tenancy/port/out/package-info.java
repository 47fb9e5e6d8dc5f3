/** What tenancy needs from storage: the tenants themselves, kept in platform transactions. */
package com.laca.application.tenancy.port.out;
