/** Clinic set-up services specified over the in-memory adapters. */
package com.laca.application.clinic.service;
