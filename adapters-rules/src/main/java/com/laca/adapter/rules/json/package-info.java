/** Reads the reviewed clinical rule file (JSON) into the domain's {@code RuleSet}, with JSON-P as Payara provides it. */
package com.laca.adapter.rules.json;
