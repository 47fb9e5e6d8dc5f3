package com.laca.bootstrap.architecture.badexample.adapter.rest;

import com.laca.bootstrap.architecture.badexample.adapter.persistence.JpaThingRepository;
import com.stripe.StripeClient;
import jakarta.persistence.EntityManager;

/** Breaks the adapter rules on purpose: uses the persistence adapter, JPA and Stripe directly. */
public class ThingResource {

    public Object find(EntityManager em, StripeClient stripe) {
        return new JpaThingRepository().find();
    }
}
