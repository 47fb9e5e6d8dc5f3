/**
 * Message templates with Mustache (logic-less, so a tenant's own template can never run code; ADR 0008): defaults
 * shipped for every kind in en-GB, tenants' overrides, clinic branding in one HTML layout, and previews with sample
 * data; no Mustache type leaves this package.
 */
package com.laca.adapter.notifications.template;
