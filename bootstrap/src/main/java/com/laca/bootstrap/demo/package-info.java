/** Start-up data: the platform administrator and, for the embedded default, two demonstration clinics. */
package com.laca.bootstrap.demo;
