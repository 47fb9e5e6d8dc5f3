/**
 * Assessments and attempts: the rules of an assessment (attempt limit, time limit, opening and closing, grace), the
 * paper each attempt draws and pins, the attempt's lifecycle with its server-side deadline, what a learner may see
 * afterwards, and regrading as a dry run.
 */
package com.laca.domain.academy.assessment;
