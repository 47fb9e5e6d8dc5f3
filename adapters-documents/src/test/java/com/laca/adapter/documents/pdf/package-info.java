/** The consent PDF renderer checked by veraPDF, the reference PDF/A validator. */
package com.laca.adapter.documents.pdf;
