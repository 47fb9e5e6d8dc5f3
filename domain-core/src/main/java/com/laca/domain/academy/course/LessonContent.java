package com.laca.domain.academy.course;

import com.laca.domain.academy.Texts;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** What a lesson is, one kind per record, so who may mark it complete and when follows from its kind. */
public sealed interface LessonContent {

    /** Whether a learner may mark the lesson complete themselves (otherwise staff record it). */
    boolean learnerCompletes();

    /**
     * A video hosted elsewhere.
     *
     * @param url an {@code https} address
     */
    record VideoLink(URI url) implements LessonContent {

        public VideoLink {
            Objects.requireNonNull(url, "url");
            if (url.getScheme() == null || !url.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    || url.getHost() == null) {
                throw new IllegalArgumentException("a video link must be an https address: " + url);
            }
        }

        @Override
        public boolean learnerCompletes() {
            return true;
        }
    }

    /**
     * Text to read.
     *
     * @param text the reading itself (Markdown)
     */
    record Reading(String text) implements LessonContent {

        public Reading {
            text = Texts.required(text, "reading", 100_000);
        }

        @Override
        public boolean learnerCompletes() {
            return true;
        }
    }

    /**
     * A taught session at a set time; staff record attendance, and not before it starts.
     *
     * @param startsAt when it starts
     * @param duration how long it lasts
     * @param place    a room or the joining instructions
     */
    record LiveSession(Instant startsAt, Duration duration, String place) implements LessonContent {

        public LiveSession {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a live session lasts a positive time");
            }
            place = Texts.required(place, "place", 500);
        }

        @Override
        public boolean learnerCompletes() {
            return false;
        }
    }

    /**
     * Hands-on practice; staff record it as done (the cases themselves go in the case log).
     *
     * @param brief what the trainee practises
     */
    record Practical(String brief) implements LessonContent {

        public Practical {
            brief = Texts.required(brief, "practical brief", 5000);
        }

        @Override
        public boolean learnerCompletes() {
            return false;
        }
    }
}
