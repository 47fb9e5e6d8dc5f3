package com.laca.adapter.documents.photo;

import com.laca.application.records.port.out.PhotoLimits;
import com.laca.application.records.port.out.PhotoProcessing;
import com.laca.application.records.port.out.PhotoProcessor;
import com.laca.application.records.port.out.PhotoRejection;
import com.laca.application.records.port.out.ProcessedPhoto;
import com.laca.domain.records.PhotoFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The {@link PhotoProcessor} on the JDK's ImageIO: reads at most the size limit, recognises JPEG and PNG by their
 * bytes, reads the dimensions from the header and refuses a decompression bomb before decoding, decodes (any decoder
 * warning, such as a truncated file, is a refusal), turns the photo upright, and re-encodes it without metadata, so
 * nothing the camera or an editor wrote (EXIF and its GPS position, XMP, IPTC, comments, PNG text) survives.
 */
public final class ImageIoPhotoProcessor implements PhotoProcessor {

    private static final float JPEG_QUALITY = 0.92f;

    private final PhotoLimits limits;

    public ImageIoPhotoProcessor(PhotoLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public PhotoProcessing process(InputStream upload) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return rejected(PhotoRejection.UNREADABLE, "the upload could not be read to the end; send it again");
        }
        if (bytes.length == 0) {
            return rejected(PhotoRejection.EMPTY, "no photo was uploaded");
        }
        if (bytes.length > limits.maxBytes()) {
            return rejected(PhotoRejection.TOO_LARGE, "a photo may be at most " + limits.maxBytes() + " bytes");
        }
        ImageSignature signature = ImageSignature.of(bytes);
        return switch (signature) {
            case JPEG -> decodeAndReencode(bytes, PhotoFormat.JPEG);
            case PNG -> decodeAndReencode(bytes, PhotoFormat.PNG);
            case HEIF -> rejected(PhotoRejection.HEIC_NOT_SUPPORTED, "HEIC photos cannot be accepted: a photo must be "
                    + "a JPEG or PNG image, so send it as JPEG instead (on an iPhone: Settings > Camera > Formats > "
                    + "Most Compatible, or share the photo as JPEG)");
            case AVIF, GIF, WEBP, TIFF, BMP, PDF, OTHER_MEDIA, UNKNOWN -> rejected(PhotoRejection.UNSUPPORTED_TYPE,
                    "the upload is " + signature.description() + "; a photo must be a JPEG or PNG image");
        };
    }

    private PhotoProcessing decodeAndReencode(byte[] bytes, PhotoFormat format) {
        BufferedImage decoded;
        ImageReader reader = reader(format);
        AtomicBoolean warned = new AtomicBoolean();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (!limits.allows(width, height)) {
                return rejected(PhotoRejection.DIMENSIONS_TOO_LARGE, "the photo is " + width + " x " + height
                        + " pixels; at most " + limits.maxWidth() + " x " + limits.maxHeight() + " and "
                        + limits.maxPixels() + " pixels in all are accepted");
            }
            decoded = reader.read(0);
        } catch (IOException | RuntimeException e) {
            return unreadable(format);
        } finally {
            reader.dispose();
        }
        if (warned.get()) {
            return unreadable(format);
        }
        int orientation = format == PhotoFormat.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
        BufferedImage upright = UprightImage.isPlain(decoded, orientation) ? decoded
                : UprightImage.of(decoded, orientation,
                        format == PhotoFormat.PNG && decoded.getColorModel().hasAlpha());
        byte[] encoded;
        try {
            encoded = encode(upright, format);
        } catch (IOException e) {
            return unreadable(format);
        }
        return new PhotoProcessing.Accepted(new ProcessedPhoto(format, encoded, upright.getWidth(),
                upright.getHeight(), sha256(encoded)));
    }

    private static ImageReader reader(PhotoFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(imageIoName(format));
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static byte[] encode(BufferedImage image, PhotoFormat format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(imageIoName(format));
        if (!writers.hasNext()) {
            throw new IllegalStateException("the JDK has no ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(buffer)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == PhotoFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No stream or image metadata: the writer emits only what the format itself requires.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return buffer.toByteArray();
    }

    private static String imageIoName(PhotoFormat format) {
        return format == PhotoFormat.JPEG ? "jpeg" : "png";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static PhotoProcessing unreadable(PhotoFormat format) {
        return rejected(PhotoRejection.UNREADABLE, "the file starts like a " + format + " image but its image data "
                + "is damaged, truncated or in a form that cannot be decoded; export the photo again as " + format);
    }

    private static PhotoProcessing rejected(PhotoRejection reason, String detail) {
        return new PhotoProcessing.Rejected(reason, detail);
    }
}
