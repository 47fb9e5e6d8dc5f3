package com.laca.application.tenancy.port.in;

/**
 * A new clinic business and its first owner, who receives a one-time token to set a password.
 *
 * @param zone     IANA time-zone id, e.g. {@code Europe/London}
 * @param currency ISO 4217 code, e.g. {@code GBP}
 */
public record CreateTenantCommand(String slug, String name, String zone, String currency, String ownerEmail,
                                  String ownerName) {
}
