/**
 * Reads the reviewed clinical files (JSON) into the domain: the contraindication rule file into a {@code RuleSet}, and
 * the legal gates per jurisdiction into {@code Jurisdictions}, with JSON-P as Payara provides it.
 */
package com.laca.adapter.rules.json;
