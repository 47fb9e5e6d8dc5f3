/** JPA storage of consent templates and consent records (with their archived document's key and digest). */
package com.laca.adapter.persistence.consent;
