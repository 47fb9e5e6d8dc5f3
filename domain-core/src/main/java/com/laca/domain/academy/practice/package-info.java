/**
 * Practical competency: each trainee's case log by modality (observed, performed under supervision, independent) with
 * anonymised patients, ticked consent and consultation checklists and a supervisor's sign-off; the per-course
 * minimum of signed-off cases; and OSCE-style station results with attempt limits.
 */
package com.laca.domain.academy.practice;
