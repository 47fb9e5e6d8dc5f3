/** The contracts every implementation of the academy's outbound ports must pass, in memory and over JPA. */
package com.laca.application.academy.port.out;
