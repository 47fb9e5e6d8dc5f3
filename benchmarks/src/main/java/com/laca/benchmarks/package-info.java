/** JMH benchmarks of domain code and message rendering, run by hand and recorded in {@code docs/benchmarks.md}; never part of the build's tests. */
package com.laca.benchmarks;
