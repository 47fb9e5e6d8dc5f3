/** Consent documents as PDF/A-2b with iText Core (AGPL-3.0 or commercial; see docs/adr/0007-itext-consent-documents.md). */
package com.laca.adapter.documents.pdf;
