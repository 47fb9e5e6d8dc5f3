/**
 * What every adapter's contract tests share: the set of one adapter's ports over one store, and the transaction
 * runner's contract.
 */
package com.laca.application.shared;
