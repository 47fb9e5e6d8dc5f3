/** Specifications of the client-records services, run against small in-test stores. */
package com.laca.application.records.service;
