/**
 * Specifications of attempts (limits, server-side deadlines, stale submissions, finishing once), papers and regrades.
 */
package com.laca.domain.academy.assessment;
