/** Specifications of every question type: what earns full, partial, no or negative credit, and what is refused. */
package com.laca.domain.academy.question;
