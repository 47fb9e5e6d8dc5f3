package com.laca.domain.academy.grading;

import com.laca.domain.academy.Texts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Overall feedback for scores from a boundary up to the next band's boundary ("Excellent" from 90 %), compared with
 * the shown score like the pass mark is.
 *
 * @param fromPercent the lowest shown score in the band, 0 to 100 with at most two decimal places
 * @param feedback    what the learner reads
 */
public record ScoreBand(BigDecimal fromPercent, String feedback) {

    public ScoreBand {
        fromPercent = new PassMark(Objects.requireNonNull(fromPercent, "fromPercent")).percent();
        feedback = Texts.required(feedback, "band feedback", 2000);
    }

    /** A band written with its boundary as text. */
    public static ScoreBand from(String percent, String feedback) {
        return new ScoreBand(new BigDecimal(percent), feedback);
    }
}
