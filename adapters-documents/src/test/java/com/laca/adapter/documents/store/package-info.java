/** The file-system document store under the document-store contract. */
package com.laca.adapter.documents.store;
