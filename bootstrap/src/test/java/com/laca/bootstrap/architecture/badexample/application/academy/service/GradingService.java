package com.laca.bootstrap.architecture.badexample.application.academy.service;

import com.laca.bootstrap.architecture.badexample.application.booking.service.SlotService;

/** Breaks the area rule on purpose: the academy reaching into booking, which the allow-list never allows. */
public class GradingService {

    private final SlotService slots = new SlotService();

    public int practicalSessions() {
        return slots.freeSlots();
    }
}
