/**
 * The client-records area's use cases, each in one tenant transaction, with the permission checked first.
 */
package com.laca.application.records.service;
