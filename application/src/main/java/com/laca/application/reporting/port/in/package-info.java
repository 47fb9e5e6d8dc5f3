/**
 * Reporting: the owner's dashboard, read-only figures over appointments and their money ledgers.
 */
package com.laca.application.reporting.port.in;
