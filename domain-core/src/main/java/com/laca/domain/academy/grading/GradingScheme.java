package com.laca.domain.academy.grading;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an assessment turns marks into a result: the pass mark, where negative marks stop, and the feedback bands.
 *
 * @param passMark      the lowest shown score that passes
 * @param negativeMarks where negative marks stop
 * @param bands         overall feedback by score; boundaries distinct
 */
public record GradingScheme(PassMark passMark, NegativeMarkFloor negativeMarks, List<ScoreBand> bands) {

    public GradingScheme {
        Objects.requireNonNull(passMark, "passMark");
        Objects.requireNonNull(negativeMarks, "negativeMarks");
        bands = bands.stream().sorted(Comparator.comparing(ScoreBand::fromPercent).reversed()).toList();
        if (new HashSet<>(bands.stream().map(ScoreBand::fromPercent).toList()).size() != bands.size()) {
            throw new IllegalArgumentException("two score bands start at the same score");
        }
    }

    /** A pass mark, totals floored at zero, no bands. */
    public static GradingScheme passingAt(String percent) {
        return new GradingScheme(PassMark.of(percent), NegativeMarkFloor.TOTAL, List.of());
    }

    /** The same scheme with other bands. */
    public GradingScheme withBands(List<ScoreBand> newBands) {
        return new GradingScheme(passMark, negativeMarks, newBands);
    }

    /** The same scheme with another floor for negative marks. */
    public GradingScheme withNegativeMarks(NegativeMarkFloor floor) {
        return new GradingScheme(passMark, floor, bands);
    }

    /** The feedback of the highest band the shown score reaches, if any. */
    public Optional<String> feedbackFor(Score score) {
        return bands.stream().filter(band -> score.isAtLeast(band.fromPercent())).findFirst()
                .map(ScoreBand::feedback);
    }
}
