package com.laca.application.records.port.out;

/**
 * The limits an upload must stay within, set by configuration, because a photo is decoded into memory at about
 * three to four bytes a pixel whatever its file size.
 *
 * @param maxBytes  the largest upload accepted, in bytes
 * @param maxWidth  the widest image accepted, in pixels
 * @param maxHeight the tallest image accepted, in pixels
 * @param maxPixels the most pixels accepted (width times height)
 */
public record PhotoLimits(long maxBytes, int maxWidth, int maxHeight, long maxPixels) {

    /** 20 MiB, at most 10,000 pixels a side and 25 megapixels: a 24-megapixel phone photo fits. */
    public static final PhotoLimits DEFAULT = new PhotoLimits(20L * 1024 * 1024, 10_000, 10_000, 25_000_000L);

    public PhotoLimits {
        if (maxBytes < 1 || maxWidth < 1 || maxHeight < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("photo limits must be positive");
        }
    }

    /** True when an image of this size is within the limits. */
    public boolean allows(int width, int height) {
        return width <= maxWidth && height <= maxHeight && (long) width * height <= maxPixels;
    }
}
