/**
 * Contract tests every outbound port implementation must pass, and the in-memory implementations that tests and
 * embedders use; shipped in the application test-jar.
 */
package com.laca.application.port.out;
