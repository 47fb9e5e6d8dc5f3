package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.LocationId;
import java.util.Set;

/** Every field of a practitioner a client may set. */
public record PractitionerDraft(String displayName, Set<Qualification> qualifications, Set<LocationId> locationIds,
                                boolean active) {
}
