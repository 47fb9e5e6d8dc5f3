/** What the academy needs from outside: stores for courses and their versions, enrolments and lesson completions. */
package com.laca.application.academy.port.out;
