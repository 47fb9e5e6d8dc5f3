package com.laca.domain.consent;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A client's drawn signature as a PNG image, checked by its bytes and capped in size, because anything else uploaded
 * as a "signature" must never reach a PDF renderer or the archive: the PNG signature, an IHDR header of plausible
 * dimensions, every chunk's length and CRC, and image data that inflates to exactly the pixel rows the header
 * announces (so garbage behind a sound header is refused too).
 */
public final class SignatureImage {

    /** The largest accepted image. */
    public static final int MAX_BYTES = 200 * 1024;
    /** Accepted width range in pixels. */
    public static final int MIN_WIDTH = 50;
    public static final int MAX_WIDTH = 2000;
    /** Accepted height range in pixels. */
    public static final int MIN_HEIGHT = 20;
    public static final int MAX_HEIGHT = 1000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IEND_CHUNK = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int IHDR_LENGTH = 13;
    private static final int HEADER_BYTES = PNG_SIGNATURE.length + 8 + IHDR_LENGTH + 4;

    private final byte[] png;
    private final int width;
    private final int height;

    private SignatureImage(byte[] png, int width, int height) {
        this.png = png;
        this.width = width;
        this.height = height;
    }

    /** The bytes as an accepted signature image, or the typed reason they are not one. */
    public static Result of(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_BYTES + IEND_CHUNK.length) {
            return refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature is not a PNG image.");
        }
        if (bytes.length > MAX_BYTES) {
            return refused(ConsentProblem.Reason.SIGNATURE_TOO_LARGE,
                    "The signature image is larger than " + MAX_BYTES / 1024 + " KiB.");
        }
        if (!Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)
                || !Arrays.equals(bytes, bytes.length - IEND_CHUNK.length, bytes.length, IEND_CHUNK, 0,
                IEND_CHUNK.length)) {
            return refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature is not a PNG image.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int length = buffer.getInt(8);
        String type = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
        if (length != IHDR_LENGTH || !type.equals("IHDR") || !checksumMatches(bytes)) {
            return refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature is not a valid PNG image.");
        }
        int width = buffer.getInt(16);
        int height = buffer.getInt(20);
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            return refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature image must be "
                    + MIN_WIDTH + "-" + MAX_WIDTH + " pixels wide and " + MIN_HEIGHT + "-" + MAX_HEIGHT + " high.");
        }
        long expectedData = expectedImageData(bytes, width, height);
        if (expectedData < 0 || !chunksAreSound(bytes, expectedData)) {
            return refused(ConsentProblem.Reason.SIGNATURE_NOT_AN_IMAGE, "The signature is not a valid PNG image.");
        }
        return new Result.Accepted(new SignatureImage(bytes.clone(), width, height));
    }

    /**
     * The number of bytes the image data must inflate to (one filter byte plus the packed samples per row), or -1
     * for a bit depth, colour type or interlacing a signature pad never produces.
     */
    private static long expectedImageData(byte[] bytes, int width, int height) {
        int bitDepth = bytes[24] & 0xFF;
        int colourType = bytes[25] & 0xFF;
        int compression = bytes[26] & 0xFF;
        int filter = bytes[27] & 0xFF;
        int interlace = bytes[28] & 0xFF;
        int samples = switch (colourType) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> -1;
        };
        boolean depthFits = colourType == 3 ? bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8
                : colourType == 0 ? bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16
                : bitDepth == 8 || bitDepth == 16;
        if (samples < 0 || !depthFits || compression != 0 || filter != 0 || interlace != 0) {
            return -1;
        }
        long rowBytes = ((long) width * samples * bitDepth + 7) / 8;
        return height * (rowBytes + 1);
    }

    /**
     * Walks every chunk after IHDR: lengths inside the file, CRCs correct, IEND last, and the concatenated IDAT data
     * inflating to exactly {@code expectedData} bytes (counted, never held, so a compression bomb costs nothing).
     */
    private static boolean chunksAreSound(byte[] bytes, long expectedData) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Inflater inflater = new Inflater();
        byte[] sink = new byte[8192];
        long inflated = 0;
        boolean sawData = false;
        try {
            int offset = HEADER_BYTES;
            while (offset + 12 <= bytes.length) {
                long length = buffer.getInt(offset) & 0xFFFFFFFFL;
                if (length > bytes.length - offset - 12L) {
                    return false;
                }
                String type = new String(bytes, offset + 4, 4, StandardCharsets.US_ASCII);
                CRC32 crc = new CRC32();
                crc.update(bytes, offset + 4, 4 + (int) length);
                if (crc.getValue() != (buffer.getInt(offset + 8 + (int) length) & 0xFFFFFFFFL)) {
                    return false;
                }
                if (type.equals("IEND")) {
                    return offset + 12 == bytes.length && sawData && inflater.finished() && inflated == expectedData;
                }
                if (type.equals("IDAT")) {
                    sawData = true;
                    inflater.setInput(bytes, offset + 8, (int) length);
                    while (!inflater.needsInput() && !inflater.finished()) {
                        int n = inflater.inflate(sink);
                        inflated += n;
                        if (inflated > expectedData || (n == 0 && inflater.needsDictionary())) {
                            return false;
                        }
                    }
                }
                offset += 12 + (int) length;
            }
            return false;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static boolean checksumMatches(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 4 + IHDR_LENGTH);
        long stored = ByteBuffer.wrap(bytes).getInt(12 + 4 + IHDR_LENGTH) & 0xFFFFFFFFL;
        return crc.getValue() == stored;
    }

    private static Result refused(ConsentProblem.Reason reason, String message) {
        return new Result.Refused(new ConsentProblem(reason, message));
    }

    /** A copy of the PNG bytes. */
    public byte[] png() {
        return png.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The SHA-256 of the image, recorded so a rendered document can be traced to the exact signature. */
    public String sha256() {
        return DocumentDigest.of(png).hex();
    }

    @Override
    public String toString() {
        return "SignatureImage[" + width + "x" + height + ", " + png.length + " bytes]";
    }

    /** Whether bytes were accepted as a signature image. */
    public sealed interface Result {

        /** Usable as a signature. */
        record Accepted(SignatureImage image) implements Result {
        }

        /** Refused, with the reason. */
        record Refused(ConsentProblem problem) implements Result {
        }

        /** The image, if accepted. */
        default Optional<SignatureImage> accepted() {
            return this instanceof Accepted accepted ? Optional.of(accepted.image()) : Optional.empty();
        }
    }
}
