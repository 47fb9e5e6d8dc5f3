/**
 * What the consent use cases need from outside: a renderer that turns a signed consent into an archivable PDF, and a
 * store that keeps the exact bytes.
 */
package com.laca.application.consent.port.out;
