/** Clinic set-up services: one generic, permission-checked CRUD flow and one small policy per record kind. */
package com.laca.application.clinic.service;
