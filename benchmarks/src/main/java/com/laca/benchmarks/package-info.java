/** JMH benchmarks of domain code, run by hand and recorded in {@code docs/benchmarks.md}; never part of the build's tests. */
package com.laca.benchmarks;
