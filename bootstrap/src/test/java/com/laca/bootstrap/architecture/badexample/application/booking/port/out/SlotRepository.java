package com.laca.bootstrap.architecture.badexample.application.booking.port.out;

import com.laca.bootstrap.architecture.badexample.application.booking.port.in.CancelUseCase;

/** Breaks the ports rule on purpose: an outbound port that knows the use case calling it. */
public interface SlotRepository {

    void saveFor(CancelUseCase caller);
}
