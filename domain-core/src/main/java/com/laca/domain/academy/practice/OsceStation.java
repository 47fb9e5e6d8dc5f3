package com.laca.domain.academy.practice;

import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.Texts;
import java.util.Objects;

/**
 * One station of an objective structured clinical examination (e.g. "Consultation and consent", "Managing a vascular
 * occlusion"), with how many times a trainee may sit it.
 *
 * @param maxAttempts at least 1
 */
public record OsceStation(OsceStationId id, String name, int maxAttempts) {

    public OsceStation {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "station name", 200);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a station allows at least one attempt");
        }
    }
}
