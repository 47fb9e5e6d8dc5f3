/**
 * Photo processing for the client record: JPEG and PNG recognised by their bytes, size and pixel limits checked
 * before decoding, photos turned upright, and every byte of metadata dropped by re-encoding with the JDK's ImageIO
 * (Apache Commons Imaging reads the EXIF orientation). HEIC is refused: see {@code docs/client-records.md}.
 */
package com.laca.adapter.documents.photo;
