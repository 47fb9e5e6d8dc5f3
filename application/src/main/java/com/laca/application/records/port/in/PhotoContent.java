package com.laca.application.records.port.in;

import com.laca.domain.records.ClinicalPhoto;
import java.util.Objects;

/**
 * A clinical photo's bytes with its description, as one download answers them.
 *
 * @param photo the description (format, size, hash)
 * @param bytes the stored, metadata-free image
 */
public record PhotoContent(ClinicalPhoto photo, byte[] bytes) {

    public PhotoContent {
        Objects.requireNonNull(photo, "photo");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** A copy of the image, so what was read cannot be changed through this value. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoContent that && photo.equals(that.photo)
                && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(photo, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "PhotoContent[" + photo.id() + ", " + bytes.length + " bytes]";
    }
}
