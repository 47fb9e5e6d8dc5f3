package com.laca.domain.scheduling;

import com.laca.domain.shared.ResourceId;
import java.util.Objects;

/**
 * A period a room or device cannot be booked (servicing, a deep clean), so treatments needing it are not offered.
 *
 * @param resource the room or device
 * @param period   when it is out of use
 */
public record ResourceBlock(ResourceId resource, TimeRange period) {

    public ResourceBlock {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(period, "period");
    }
}
