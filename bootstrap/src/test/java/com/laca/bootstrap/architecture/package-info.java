/**
 * The architecture rules (module fences, technology confinement, the two sides of the hexagon, ports before services,
 * and the areas' allow-list) and the proof that each can fail.
 */
package com.laca.bootstrap.architecture;
