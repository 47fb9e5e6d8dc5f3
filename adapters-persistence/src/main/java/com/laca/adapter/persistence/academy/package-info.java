/** The academy's stores over JPA: courses and their immutable versions, enrolments and lesson completions. */
package com.laca.adapter.persistence.academy;
