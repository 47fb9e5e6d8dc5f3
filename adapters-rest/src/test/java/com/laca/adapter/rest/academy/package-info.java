/** Tests of the academy's REST records: the CPD export. */
package com.laca.adapter.rest.academy;
