package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.FollowUp;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.Side;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatmentDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A treatment record to sign (POST, with {@code appointment}) or a correction (with {@code reason}): the details only;
 * the appointment's client, category and date come from the booking and the signer from the caller's own staff
 * account, never from here.
 */
@Schema(name = "TreatmentRecordRequest", requiredProperties = {"products"}, properties = {
        @SchemaProperty(name = "appointment", example = "7b0e3c1a-2f4d-4e8b-9a61-3c2d1e0f9a88"),
        @SchemaProperty(name = "technique", example = "30G needle, intramuscular"),
        @SchemaProperty(name = "aftercare", example = "No exercise or lying flat for 4 hours; review at 2 weeks."),
        @SchemaProperty(name = "reason", example = "Batch number mistyped")})
public record TreatmentRecordRequest(String appointment, List<ProductJson> products,
                                     String technique, String aftercare, List<String> complications,
                                     FollowUpJson followUp, String reason) {

    /** The details, each problem a 400 naming its field. */
    public TreatmentDetails toDetails() {
        List<ProductJson> given = Fields.required(products, "products");
        List<ProductUse> uses = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            uses.add(Fields.required(given.get(i), "products[" + i + "]").toDomain("products[" + i + "]"));
        }
        Optional<FollowUp> review = Optional.ofNullable(followUp).map(f -> checked("followUp", () -> new FollowUp(
                Dates.date(f.on(), "followUp.on"), Fields.required(f.reason(), "followUp.reason"))));
        return checked("details", () -> new TreatmentDetails(uses, Optional.ofNullable(technique),
                Optional.ofNullable(aftercare), complications == null ? List.of() : complications, review));
    }

    /** Keeps clinical content out of logs and exception messages. */
    @Override
    public String toString() {
        return "TreatmentRecordRequest[<hidden>]";
    }

    private static <T> T checked(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, e.getMessage() == null ? "is required" : e.getMessage());
        }
    }

    /** One product used, with its batch and the doses drawn from it. */
    @Schema(name = "TreatmentProduct", requiredProperties = {"product", "manufacturer", "lot", "expiresOn"},
            properties = {
                    @SchemaProperty(name = "product", example = "Bocouture 50U"),
                    @SchemaProperty(name = "manufacturer", example = "Merz"),
                    @SchemaProperty(name = "lot", example = "C3456A"),
                    @SchemaProperty(name = "expiresOn", example = "2027-01-31")})
    public record ProductJson(String product, String manufacturer, String lot, String expiresOn,
                              List<DoseJson> doses) {

        ProductUse toDomain(String field) {
            LotNumber batch = checked(field + ".lot", () -> new LotNumber(Fields.required(lot, field + ".lot")));
            List<SiteDose> lines = new ArrayList<>();
            List<DoseJson> given = doses == null ? List.of() : doses;
            for (int i = 0; i < given.size(); i++) {
                String at = field + ".doses[" + i + "]";
                DoseJson dose = Fields.required(given.get(i), at);
                lines.add(new SiteDose(Fields.enumValue(InjectionSite.class, Fields.required(dose.site(), at + ".site"),
                        at + ".site"), Fields.enumValue(Side.class, Fields.required(dose.side(), at + ".side"),
                        at + ".side"), checked(at + ".amount", () -> new Dose(Fields.required(dose.amount(),
                        at + ".amount"), Fields.enumValue(DoseUnit.class, Fields.required(dose.unit(), at + ".unit"),
                        at + ".unit")))));
            }
            return checked(field, () -> new ProductUse(Fields.required(product, field + ".product"),
                    Fields.required(manufacturer, field + ".manufacturer"), batch,
                    Dates.date(expiresOn, field + ".expiresOn"), lines));
        }
    }

    /** One dose at one site and side. */
    @Schema(name = "TreatmentDose", requiredProperties = {"site", "side", "amount", "unit"}, properties = {
            @SchemaProperty(name = "site", example = "GLABELLA"),
            @SchemaProperty(name = "side", example = "WHOLE"),
            @SchemaProperty(name = "amount", example = "20"),
            @SchemaProperty(name = "unit", example = "UNITS")})
    public record DoseJson(String site, String side, BigDecimal amount, String unit) {
    }

    /** A review the practitioner asked for. */
    @Schema(name = "FollowUp", properties = {
            @SchemaProperty(name = "on", example = "2026-06-24"),
            @SchemaProperty(name = "reason", example = "toxin review")})
    public record FollowUpJson(String on, String reason) {
    }
}
