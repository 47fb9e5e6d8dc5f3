/**
 * The in-memory transaction runner and the tables it restores on rollback, with the real runner's nesting and tenant
 * rules.
 */
package com.laca.adapter.inmemory.shared;
