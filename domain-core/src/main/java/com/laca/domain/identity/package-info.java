/** Who may do what: staff roles, the permissions they grant, and the matrix that joins them. */
package com.laca.domain.identity;
