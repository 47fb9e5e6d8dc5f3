package com.laca.adapter.documents.photo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Copies decoded pixels into a plain sRGB image turned upright as its EXIF orientation says, so what is stored
 * needs no metadata to be shown the right way round and carries no colour profile.
 */
final class UprightImage {

    private UprightImage() {
    }

    /**
     * True when {@code image} can be encoded as it is: already upright and in a plain sRGB or grey layout, which
     * saves a second copy of a large photo in memory.
     */
    static boolean isPlain(BufferedImage image, int orientation) {
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean plainSpace = space.isCS_sRGB()
                || (space.getType() == ColorSpace.TYPE_GRAY && image.getType() == BufferedImage.TYPE_BYTE_GRAY);
        boolean plainLayout = image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        return orientation == ExifOrientation.NORMAL && plainSpace && plainLayout;
    }

    /** A new sRGB image (with alpha if {@code keepAlpha}) holding {@code source} turned by EXIF {@code orientation}. */
    static BufferedImage of(BufferedImage source, int orientation, boolean keepAlpha) {
        int width = source.getWidth();
        int height = source.getHeight();
        boolean swapped = orientation >= 5;
        int outWidth = swapped ? height : width;
        int outHeight = swapped ? width : height;
        BufferedImage target = new BufferedImage(outWidth, outHeight,
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            source.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = width - 1 - x; ty = y; }
                    case 3 -> { tx = width - 1 - x; ty = height - 1 - y; }
                    case 4 -> { tx = x; ty = height - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = height - 1 - y; ty = x; }
                    case 7 -> { tx = height - 1 - y; ty = width - 1 - x; }
                    case 8 -> { tx = y; ty = width - 1 - x; }
                    default -> { tx = x; ty = y; }
                }
                out[ty * outWidth + tx] = keepAlpha ? row[x] : row[x] | 0xFF000000;
            }
        }
        return target;
    }
}
