package com.laca.bootstrap.architecture.badexample.application.booking.service;

/** A booking service, which the bad REST resource and the bad academy service reach for. */
public class SlotService {

    public int freeSlots() {
        return 0;
    }
}
