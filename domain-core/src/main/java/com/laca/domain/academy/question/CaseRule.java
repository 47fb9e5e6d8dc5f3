package com.laca.domain.academy.question;

/** Whether capitals matter in a short-text answer, e.g. they do not for "botulinum" but do for a drug's brand name. */
public enum CaseRule {
    /** "Botox" and "botox" are the same answer. */
    IGNORE_CASE,
    /** "Botox" and "botox" are different answers. */
    CASE_SENSITIVE
}
