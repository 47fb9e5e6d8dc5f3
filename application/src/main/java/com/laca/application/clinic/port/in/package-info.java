/** Setting up a clinic: locations, practitioners, rooms and devices, treatments, and the public menu. */
package com.laca.application.clinic.port.in;
