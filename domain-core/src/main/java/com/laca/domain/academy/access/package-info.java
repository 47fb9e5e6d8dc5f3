/**
 * Prerequisites ("restrict access"): composable rules over what is known of a learner (courses completed, verified
 * registrations, scores, the date) that answer allowed, or the unmet conditions with their reasons.
 */
package com.laca.domain.academy.access;
