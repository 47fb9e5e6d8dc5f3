package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Address;
import java.time.ZoneId;

/** Every field of a location a client may set. */
public record LocationDraft(String name, Address address, ZoneId zone, boolean active) {
}
