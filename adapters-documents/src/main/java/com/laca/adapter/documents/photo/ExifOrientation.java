package com.laca.adapter.documents.photo;

import java.io.IOException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * The EXIF orientation of a JPEG (1 to 8), read with Apache Commons Imaging, because a phone stores a portrait photo
 * sideways and says so only in the metadata we are about to remove.
 */
final class ExifOrientation {

    /** Upright as stored. */
    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /**
     * The orientation recorded in {@code jpeg}, or {@link #NORMAL} when there is none or it cannot be read: a damaged
     * EXIF block must not stop an otherwise good photo, which then shows as stored.
     */
    static int of(byte[] jpeg) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            if (metadata instanceof JpegImageMetadata exif) {
                TiffField field = exif.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int value = field.getIntValue();
                    return value >= 1 && value <= 8 ? value : NORMAL;
                }
            }
            return NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }
}
