package com.laca.adapter.documents.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * What an upload is by its first bytes (its "magic number"), because a file's name and declared type are whatever
 * the sender says they are.
 */
enum ImageSignature {
    JPEG("a JPEG image"),
    PNG("a PNG image"),
    HEIF("a HEIC/HEIF image"),
    AVIF("an AVIF image"),
    GIF("a GIF image"),
    WEBP("a WebP image"),
    TIFF("a TIFF image"),
    BMP("a BMP image"),
    PDF("a PDF document"),
    OTHER_MEDIA("a video or other media file"),
    UNKNOWN("not an image format we recognise");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1", "mif2");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private final String description;

    ImageSignature(String description) {
        this.description = description;
    }

    /** What the upload is, in words for a rejection message. */
    String description() {
        return description;
    }

    /** Recognises the upload from its leading bytes. */
    static ImageSignature of(byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return JPEG;
        }
        if (bytes.length >= PNG_MAGIC.length && Arrays.equals(bytes, 0, PNG_MAGIC.length, PNG_MAGIC, 0,
                PNG_MAGIC.length)) {
            return PNG;
        }
        if (ascii(bytes, 4, 4).equals("ftyp")) {
            return isoMediaBrand(bytes);
        }
        String head = ascii(bytes, 0, 4);
        if (head.startsWith("GIF8")) {
            return GIF;
        }
        if (head.equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (head.equals("II*\0") || head.equals("MM\0*")) {
            return TIFF;
        }
        if (head.startsWith("BM")) {
            return BMP;
        }
        if (head.equals("%PDF")) {
            return PDF;
        }
        return UNKNOWN;
    }

    private static ImageSignature isoMediaBrand(byte[] bytes) {
        long boxSize = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFFL) << 16) | ((bytes[2] & 0xFFL) << 8)
                | (bytes[3] & 0xFFL);
        int end = (int) Math.min(Math.max(boxSize, 16), bytes.length);
        for (int offset = 8; offset + 4 <= end; offset += 4) {
            if (offset == 12) {
                continue; // the minor version, not a brand
            }
            String brand = ascii(bytes, offset, 4);
            if (HEIF_BRANDS.contains(brand)) {
                return HEIF;
            }
            if (AVIF_BRANDS.contains(brand)) {
                return AVIF;
            }
        }
        return OTHER_MEDIA;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
