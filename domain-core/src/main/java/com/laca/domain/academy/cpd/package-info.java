/**
 * CPD records: the entries a learner exports for professional revalidation (the NMC's CPD log asks for the method,
 * topic, dates, hours with participatory hours, and evidence), derived from their certificates.
 */
package com.laca.domain.academy.cpd;
