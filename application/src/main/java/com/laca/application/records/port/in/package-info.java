/**
 * Inbound ports of the client-records area: finding, editing, archiving and merging clients.
 */
package com.laca.application.records.port.in;
