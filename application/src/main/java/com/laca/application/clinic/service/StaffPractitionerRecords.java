package com.laca.application.clinic.service;

import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.identity.port.out.PractitionerRecords;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/** Answers the identity area's question whether a practitioner record exists before a staff account is linked to it. */
public final class StaffPractitionerRecords implements PractitionerRecords {

    private final PractitionerRepository practitioners;

    public StaffPractitionerRecords(PractitionerRepository practitioners) {
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
    }

    @Override
    public boolean exists(PractitionerId practitioner) {
        return practitioners.find(practitioner).isPresent();
    }
}
