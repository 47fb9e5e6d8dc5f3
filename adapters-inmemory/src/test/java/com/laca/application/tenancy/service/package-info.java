/** Specifications of tenant management: suspension and how fast it reaches every token. */
package com.laca.application.tenancy.service;
