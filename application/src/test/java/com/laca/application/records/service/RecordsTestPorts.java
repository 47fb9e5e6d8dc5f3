package com.laca.application.records.service;

import com.laca.application.shared.TransactionRunner;
import com.laca.domain.shared.TenantId;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Stand-ins the records services' tests share: transactions that just run the work, and ports that hold nothing. */
final class RecordsTestPorts {

    private RecordsTestPorts() {
    }

    /** Runs the work at once, as if in the tenant's transaction. */
    static TransactionRunner directTransactions() {
        return new TransactionRunner() {
            @Override
            public <T> T inTenant(TenantId tenant, Supplier<T> work) {
                return work.get();
            }

            @Override
            public <T> T asPlatform(Supplier<T> work) {
                return work.get();
            }
        };
    }

    /** A port that finds nothing (empty lists and optionals, no entry exists) and refuses anything else. */
    @SuppressWarnings("unchecked")
    static <T> T empty(Class<T> port) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getReturnType() == List.class) {
                return List.of();
            }
            if (method.getReturnType() == Optional.class) {
                return Optional.empty();
            }
            if (method.getReturnType() == boolean.class) {
                return false;
            }
            if (method.getName().equals("toString")) {
                return "empty " + port.getSimpleName();
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
