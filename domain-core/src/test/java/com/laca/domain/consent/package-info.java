/**
 * Specifications of consent: the templates a client signs, signing itself, and the digest that proves a document
 * unchanged.
 */
package com.laca.domain.consent;
