package com.laca.application.tenancy.port.in;

import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantStatus;

/** The platform administrator's view of tenants; no clinic role may use it. */
public interface ManageTenantsUseCase {

    Page<Tenant> list(Caller caller, PageRequest page);

    Tenant get(Caller caller, TenantId id);

    CreatedTenant create(Caller caller, CreateTenantCommand command);

    Tenant changeStatus(Caller caller, TenantId id, TenantStatus status, long expectedVersion);
}
