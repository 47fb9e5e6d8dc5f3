package com.laca.bootstrap.architecture.badexample.adapter.rest.booking;

import com.laca.bootstrap.architecture.badexample.application.booking.service.SlotService;

/** Breaks the adapter rule on purpose: a resource that calls a service instead of a use case. */
public class SlotResource {

    public int free() {
        return new SlotService().freeSlots();
    }
}
