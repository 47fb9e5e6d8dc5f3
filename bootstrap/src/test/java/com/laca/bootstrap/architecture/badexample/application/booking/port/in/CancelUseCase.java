package com.laca.bootstrap.architecture.badexample.application.booking.port.in;

import com.laca.bootstrap.architecture.badexample.application.booking.port.out.SlotRepository;

/** Breaks the ports rule on purpose: a use case that names the outbound port behind it. */
public interface CancelUseCase {

    void cancel(SlotRepository slots);
}
