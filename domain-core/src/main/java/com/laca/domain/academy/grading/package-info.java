/**
 * Grading: the one rounding policy, scores and pass marks, marking a whole attempt from its pinned questions, and
 * combining attempts by the assessment's grading method. Pure functions over exact fractions.
 */
package com.laca.domain.academy.grading;
