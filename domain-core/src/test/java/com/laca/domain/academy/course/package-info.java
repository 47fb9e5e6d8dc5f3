/**
 * Specifications of course structure, derived progress (also after content changes), lesson completion and completion.
 */
package com.laca.domain.academy.course;
