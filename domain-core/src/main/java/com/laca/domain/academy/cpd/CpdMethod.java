package com.laca.domain.academy.cpd;

/** How the learning was done, in the words a CPD log uses. */
public enum CpdMethod {
    /** Taught sessions and supervised practice with others: participatory learning. */
    COURSE_ATTENDANCE("Course attendance (taught sessions and supervised practice)"),
    /** Study on one's own: lessons, videos, reading and assessments online. */
    ONLINE_LEARNING("Online learning");

    private final String label;

    CpdMethod(String label) {
        this.label = label;
    }

    /** The method as written in the log. */
    public String label() {
        return label;
    }
}
