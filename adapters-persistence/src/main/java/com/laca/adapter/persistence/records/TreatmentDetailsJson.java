package com.laca.adapter.persistence.records;

import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.FollowUp;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.Side;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatmentDetails;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A treatment record's details as the stored JSON, doses as decimal text, so an entry reads back exactly as it was
 * signed (2.5 units stays 2.5, never 2.4999).
 */
final class TreatmentDetailsJson {

    /**
     * Made once: {@code Json.createObjectBuilder()} and {@code Json.createReader(…)} look the JSON provider up through
     * the service loader on every call, which scans the application's class path each time.
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    /** Made once, like {@link #BUILDERS}, for reading stored details back. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private TreatmentDetailsJson() {
    }

    static String write(TreatmentDetails details) {
        JsonArrayBuilder products = BUILDERS.createArrayBuilder();
        for (ProductUse product : details.products()) {
            JsonArrayBuilder doses = BUILDERS.createArrayBuilder();
            for (SiteDose dose : product.doses()) {
                doses.add(BUILDERS.createObjectBuilder().add("site", dose.site().name()).add("side", dose.side().name())
                        .add("amount", dose.dose().amount().toPlainString()).add("unit", dose.dose().unit().name()));
            }
            products.add(BUILDERS.createObjectBuilder().add("product", product.product())
                    .add("manufacturer", product.manufacturer()).add("lot", product.lot().value())
                    .add("expiresOn", product.expiresOn().toString()).add("doses", doses));
        }
        JsonObjectBuilder all = BUILDERS.createObjectBuilder().add("products", products);
        details.technique().ifPresent(text -> all.add("technique", text));
        details.aftercare().ifPresent(text -> all.add("aftercare", text));
        JsonArrayBuilder complications = BUILDERS.createArrayBuilder();
        details.complications().forEach(complications::add);
        all.add("complications", complications);
        details.followUp().ifPresent(followUp -> all.add("followUp", BUILDERS.createObjectBuilder()
                .add("on", followUp.on().toString()).add("reason", followUp.reason())));
        return all.build().toString();
    }

    static TreatmentDetails read(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonObject all = reader.readObject();
            return new TreatmentDetails(
                    all.getJsonArray("products").stream().map(JsonValue::asJsonObject)
                            .map(TreatmentDetailsJson::product).toList(),
                    Optional.ofNullable(all.getString("technique", null)),
                    Optional.ofNullable(all.getString("aftercare", null)),
                    all.getJsonArray("complications").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList(),
                    Optional.ofNullable(all.getJsonObject("followUp")).map(followUp -> new FollowUp(
                            LocalDate.parse(followUp.getString("on")), followUp.getString("reason"))));
        }
    }

    private static ProductUse product(JsonObject product) {
        return new ProductUse(product.getString("product"), product.getString("manufacturer"),
                new LotNumber(product.getString("lot")), LocalDate.parse(product.getString("expiresOn")),
                product.getJsonArray("doses").stream().map(JsonValue::asJsonObject)
                        .map(dose -> new SiteDose(InjectionSite.valueOf(dose.getString("site")),
                                Side.valueOf(dose.getString("side")),
                                new Dose(new BigDecimal(dose.getString("amount")),
                                        DoseUnit.valueOf(dose.getString("unit")))))
                        .toList());
    }
}
