package com.laca.adapter.rest.records;

import com.laca.domain.records.ProductUse;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One appointment's treatment record: its context, the entry in force and every entry ever signed (the original
 * first), so a reader sees both what is true now and what was first written.
 */
@Schema(name = "TreatmentChart")
public record TreatmentChartResponse(String appointment, String client, String practitioner, String category,
                                     String treatedOn, EntryJson current, List<EntryJson> entries) {

    public static TreatmentChartResponse from(TreatmentChart chart) {
        TreatmentRecord original = chart.original();
        return new TreatmentChartResponse(original.context().appointment().toString(),
                original.context().client().toString(), original.context().practitioner().toString(),
                original.context().category().name(), original.context().treatedOn().toString(),
                EntryJson.from(chart.current()), chart.entries().stream().map(EntryJson::from).toList());
    }

    /** Keeps clinical content out of logs. */
    @Override
    public String toString() {
        return "TreatmentChartResponse[" + appointment + "]";
    }

    /** One signed entry. */
    @Schema(name = "TreatmentRecordEntry")
    public record EntryJson(String id, List<ProductJson> products, String technique, String aftercare,
                            List<String> complications, FollowUpJson followUp, String signedBy, String signedAt,
                            String corrects, String correctionReason) {

        static EntryJson from(TreatmentRecord entry) {
            return new EntryJson(entry.id().toString(),
                    entry.details().products().stream().map(ProductJson::from).toList(),
                    entry.details().technique().orElse(null), entry.details().aftercare().orElse(null),
                    entry.details().complications(),
                    entry.details().followUp().map(f -> new FollowUpJson(f.on().toString(), f.reason())).orElse(null),
                    entry.signature().by().toString(), entry.signature().at().toString(),
                    entry.correction().map(c -> c.corrects().toString()).orElse(null),
                    entry.correction().map(c -> c.reason()).orElse(null));
        }

        @Override
        public String toString() {
            return "EntryJson[" + id + "]";
        }
    }

    /** A product with its batch and doses. */
    @Schema(name = "TreatmentProductRecorded")
    public record ProductJson(String product, String manufacturer, String lot, String expiresOn,
                              List<DoseJson> doses) {

        static ProductJson from(ProductUse use) {
            return new ProductJson(use.product(), use.manufacturer(), use.lot().value(), use.expiresOn().toString(),
                    use.doses().stream().map(DoseJson::from).toList());
        }
    }

    /** One dose, with the site's label as charted. */
    @Schema(name = "TreatmentDoseRecorded")
    public record DoseJson(String site, String siteLabel, String side, String amount, String unit) {

        static DoseJson from(SiteDose dose) {
            return new DoseJson(dose.site().name(), dose.site().label(), dose.side().name(),
                    dose.dose().amount().toPlainString(), dose.dose().unit().name());
        }
    }

    /** A requested review. */
    @Schema(name = "FollowUpRecorded")
    public record FollowUpJson(String on, String reason) {
    }
}
