/**
 * Questions of every type the academy sets, the learner's responses to them, and how one response is marked: pure
 * functions from a question version and a response to a credit between -1 and 1 (or "needs an instructor").
 */
package com.laca.domain.academy.question;
