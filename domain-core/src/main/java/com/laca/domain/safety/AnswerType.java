package com.laca.domain.safety;

/** The shape of an answer, so a malformed one is refused when it is given rather than misread by a rule later. */
public enum AnswerType {
    /** {@code yes} or {@code no}. */
    YES_NO,
    /** An ISO date ({@code 2026-05-31}) on or before the day of answering, e.g. when a medicine was stopped. */
    DATE,
    /** One of the question's listed options. */
    CHOICE,
    /** Free text of 1 to 500 printable characters, for details the practitioner reads. */
    TEXT
}
