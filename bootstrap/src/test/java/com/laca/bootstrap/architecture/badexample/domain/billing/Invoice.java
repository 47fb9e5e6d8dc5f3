package com.laca.bootstrap.architecture.badexample.domain.billing;

/** Breaks the area rule on purpose: a domain type in a package no area of the allow-list names. */
public record Invoice(long minorUnits) {
}
