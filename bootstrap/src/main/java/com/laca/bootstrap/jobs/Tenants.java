package com.laca.bootstrap.jobs;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.tenancy.Tenant;
import java.util.ArrayList;
import java.util.List;

/** Reads every clinic, page by page, because the per-clinic jobs run in each one in turn. */
final class Tenants {

    private Tenants() {
    }

    /** Every tenant; call inside platform work. */
    static List<Tenant> all(TenantRepository tenants) {
        List<Tenant> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Tenant> current = tenants.list(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(current.items());
            if (current.items().size() < PageRequest.MAX_SIZE || all.size() >= current.total()) {
                return all;
            }
        }
    }
}
