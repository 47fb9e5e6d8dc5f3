/**
 * The academy: courses and their versions, prerequisites, enrolments, assessments and their grading, certificates,
 * supervised practice and CPD records. Pure rules with no dependency on the clinic's booking or payment areas.
 *
 * <p>This package holds what every part of the academy shares: typed ids, the exact {@link
 * com.laca.domain.academy.Fraction} every mark is computed in, and professional registrations. The concepts live in
 * sub-packages: {@code course}, {@code access}, {@code enrolment}, {@code question}, {@code grading},
 * {@code assessment}, {@code certificate}, {@code practice} and {@code cpd}.
 */
package com.laca.domain.academy;
