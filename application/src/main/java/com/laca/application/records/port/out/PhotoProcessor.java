package com.laca.application.records.port.out;

import java.io.InputStream;

/**
 * Turns an uploaded clinical photo into bytes that are safe to store and show: a JPEG or PNG recognised by its
 * content (never by the declared type), within the size and pixel limits (so a decompression bomb is refused before
 * it is decoded), turned upright, and re-encoded with all metadata gone (EXIF with its GPS position, XMP, IPTC,
 * comments, text chunks), because a phone photo can tell where a client lives.
 */
public interface PhotoProcessor {

    /**
     * Processes one upload, read no further than the size limit; every expected failure is a rejection with a
     * reason, never an exception.
     */
    PhotoProcessing process(InputStream upload);
}
