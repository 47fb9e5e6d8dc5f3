/**
 * The client records over HTTP: finding, creating, editing, archiving and merging clients ({@code /api/clients}).
 */
package com.laca.adapter.rest.records;
