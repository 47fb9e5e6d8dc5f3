package com.laca.adapter.rest.reporting;

import com.laca.application.reporting.port.in.MoneyView;
import com.laca.domain.reporting.MoneyFigures;
import com.laca.domain.shared.Money;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The owner's money view: a line per day or month and the range's total, each amount in minor units and formatted. */
@Schema(name = "MoneyView", properties = {
        @SchemaProperty(name = "zone", example = "Europe/London", description = "the zone the dates are read in"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "lines", description = "one per day or month, in order"),
        @SchemaProperty(name = "total", description = "the whole range; its deposits held are those at its end")})
public record MoneyViewResponse(String zone, String currency, List<LineJson> lines, FiguresJson total) {

    static MoneyViewResponse from(MoneyView view) {
        return new MoneyViewResponse(view.zone().getId(), view.currency(),
                view.lines().stream().map(line -> new LineJson(line.from().toString(), line.to().toString(),
                        FiguresJson.from(line.figures()))).toList(), FiguresJson.from(view.total()));
    }

    /** One day or month. */
    @Schema(name = "MoneyViewLine", properties = {
            @SchemaProperty(name = "from", example = "2026-12-01"),
            @SchemaProperty(name = "to", example = "2026-12-31", description = "inclusive")})
    public record LineJson(String from, String to, FiguresJson figures) {
    }

    /** The figures of a line or of the total. */
    @Schema(name = "MoneyFigures", properties = {
            @SchemaProperty(name = "takings", description = "money in by method: CARD (captured) and DESK"),
            @SchemaProperty(name = "refunds", description = "money out by method: CARD (less failed) and DESK"),
            @SchemaProperty(name = "forfeits", description = "deposits kept, less forfeits waived"),
            @SchemaProperty(name = "net", description = "takings less refunds"),
            @SchemaProperty(name = "depositsHeld",
                    description = "at the end: money in, less refunds and forfeits, for appointments not yet started")})
    public record FiguresJson(ByMethodJson takings, ByMethodJson refunds, AmountJson forfeits, AmountJson net,
                              AmountJson depositsHeld) {

        static FiguresJson from(MoneyFigures figures) {
            return new FiguresJson(ByMethodJson.of(figures.card(), figures.desk()),
                    ByMethodJson.of(figures.cardRefunds(), figures.deskRefunds()), AmountJson.of(figures.forfeits()),
                    AmountJson.of(figures.net()), AmountJson.of(figures.depositsHeld()));
        }
    }

    /** An amount split by how it moved, with the sum. */
    @Schema(name = "MoneyByMethod")
    public record ByMethodJson(AmountJson card, AmountJson desk, AmountJson total) {

        static ByMethodJson of(Money card, Money desk) {
            return new ByMethodJson(AmountJson.of(card), AmountJson.of(desk), AmountJson.of(card.plus(desk)));
        }
    }

    /** One amount: minor units for programs, formatted as the currency is for people. */
    @Schema(name = "Amount", properties = {
            @SchemaProperty(name = "minorUnits", example = "27500"),
            @SchemaProperty(name = "formatted", example = "£275.00")})
    public record AmountJson(long minorUnits, String formatted) {

        static AmountJson of(Money money) {
            return new AmountJson(money.minorUnits(), money.formatted());
        }
    }
}
