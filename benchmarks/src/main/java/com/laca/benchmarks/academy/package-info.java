/** JMH benchmarks of the academy's grading and regrading, recorded in {@code docs/benchmarks.md}. */
package com.laca.benchmarks.academy;
