/** Tests of the academy's credential signing. */
package com.laca.adapter.identity.academy;
