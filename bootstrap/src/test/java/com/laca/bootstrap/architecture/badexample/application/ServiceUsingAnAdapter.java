package com.laca.bootstrap.architecture.badexample.application;

import com.laca.bootstrap.architecture.badexample.adapter.persistence.JpaThingRepository;

/** Breaks the application rule on purpose: a use case that knows its persistence adapter. */
public class ServiceUsingAnAdapter {

    private final JpaThingRepository repository = new JpaThingRepository();

    public Object load() {
        return repository.find();
    }
}
