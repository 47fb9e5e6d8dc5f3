/** The Mustache renderer: every default template rendered and scanned, tenants' templates, previews and safety. */
package com.laca.adapter.notifications.template;
