package com.laca.application.records.port.out;

import com.laca.domain.records.PhotoFormat;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A photo as it will be stored: re-encoded pixels with no metadata, its size and the SHA-256 that later proves the
 * stored bytes unchanged.
 *
 * @param format the format it was re-encoded in (the one it arrived in: JPEG stays JPEG, PNG stays PNG)
 * @param bytes  the encoded image
 * @param width  in pixels, after turning it upright
 * @param height in pixels, after turning it upright
 * @param sha256 the SHA-256 of {@code bytes}, lower-case hex
 */
public record ProcessedPhoto(PhotoFormat format, byte[] bytes, int width, int height, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ProcessedPhoto {
        Objects.requireNonNull(format, "format");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        if (bytes.length == 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a processed photo has bytes and positive dimensions");
        }
        if (!SHA256.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** A copy of the encoded image, so the stored bytes cannot be changed through this value. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessedPhoto that && format == that.format && Arrays.equals(bytes, that.bytes)
                && width == that.width && height == that.height && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, Arrays.hashCode(bytes), width, height, sha256);
    }

    @Override
    public String toString() {
        return "ProcessedPhoto[" + format + ", " + width + "x" + height + ", " + bytes.length + " bytes, " + sha256
                + "]";
    }
}
