package com.laca.adapter.persistence.notification;

import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts snapshot as stored JSON ({@code {"client.firstName":{"text":"Emma"},…}}), one typed object per fact, so
 * moments keep their zone and money its currency exactly as they were in the enqueueing transaction.
 */
final class FactsJson {

    /**
     * Made once: {@code Json.createObjectBuilder()} looks the JSON provider up through the service loader on every
     * call, which scanned the application's class path on each booking's outbox write (11 % of a booking's CPU).
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    /** Made once, like {@link #BUILDERS}, for reading a message's facts back. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private FactsJson() {
    }

    static String write(MessageFacts facts) {
        JsonObjectBuilder all = BUILDERS.createObjectBuilder();
        facts.asMap().forEach((key, value) -> all.add(key, write(value)));
        return all.build().toString();
    }

    private static JsonObjectBuilder write(FactValue value) {
        JsonObjectBuilder one = BUILDERS.createObjectBuilder();
        if (value instanceof FactValue.Text text) {
            one.add("text", text.value());
        } else if (value instanceof FactValue.Moment moment) {
            one.add("moment", moment.instant().toString()).add("zone", moment.zone().getId());
        } else if (value instanceof FactValue.Amount amount) {
            one.add("minor", amount.money().minorUnits()).add("currency", amount.money().currency());
        } else {
            one.add("link", ((FactValue.Link) value).uri().toString());
        }
        return one;
    }

    static MessageFacts read(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonObject all = reader.readObject();
            Map<String, FactValue> values = new LinkedHashMap<>();
            all.forEach((key, value) -> values.put(key, read(value.asJsonObject())));
            return MessageFacts.of(values);
        }
    }

    private static FactValue read(JsonObject one) {
        if (one.containsKey("text")) {
            return new FactValue.Text(one.getString("text"));
        }
        if (one.containsKey("moment")) {
            return new FactValue.Moment(Instant.parse(one.getString("moment")), ZoneId.of(one.getString("zone")));
        }
        if (one.containsKey("minor")) {
            return new FactValue.Amount(Money.of(one.getJsonNumber("minor").longValueExact(),
                    one.getString("currency")));
        }
        return new FactValue.Link(URI.create(one.getString("link")));
    }
}
