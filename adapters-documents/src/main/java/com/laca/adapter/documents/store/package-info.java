/** Document storage: a write-once file-system store under a configurable root that no key can escape. */
package com.laca.adapter.documents.store;
