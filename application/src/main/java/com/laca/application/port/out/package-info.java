/**
 * Outbound ports: what the use cases need from the outside world (storage, payment processors, mail), described
 * in the application's own terms so that no vendor type ever crosses into the hexagon.
 */
package com.laca.application.port.out;
