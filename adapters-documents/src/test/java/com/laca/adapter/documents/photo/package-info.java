/** Tests of photo processing on real JPEG and PNG bytes built with ImageIO and Apache Commons Imaging. */
package com.laca.adapter.documents.photo;
