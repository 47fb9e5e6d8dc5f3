/** Identity stores on each database: the last-owner check under concurrent demotions. */
package com.laca.adapter.persistence.identity;
