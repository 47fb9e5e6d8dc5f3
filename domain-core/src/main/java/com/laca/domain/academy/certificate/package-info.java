/**
 * Certificates: issued once per learner, course version and award cycle, with the learner's name and CPD hours
 * snapshotted, a verification code from a CSPRNG, and a status history (valid, expired, suspended, revoked) that is
 * only ever appended to; and what a regrade means for them.
 */
package com.laca.domain.academy.certificate;
