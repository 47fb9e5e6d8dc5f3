package com.laca.bootstrap.architecture.badexample.adapter.persistence;

import com.laca.bootstrap.architecture.badexample.bootstrap.Wiring;

/** Breaks the bootstrap rule on purpose: an adapter that depends on the wiring module. */
public class JpaThingRepository {

    public Object find() {
        return Wiring.class;
    }
}
