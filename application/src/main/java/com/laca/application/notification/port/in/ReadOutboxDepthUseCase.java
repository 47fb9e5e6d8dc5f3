package com.laca.application.notification.port.in;

import com.laca.domain.notification.OutboxDepth;
import java.util.List;

/** The outbox's depth per kind across all tenants, for the metrics endpoint; no caller, no personal data. */
public interface ReadOutboxDepthUseCase {

    /** One entry per kind that has any queued or dead message now. */
    List<OutboxDepth> depth();
}
