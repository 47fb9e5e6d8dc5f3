package com.laca.adapter.documents.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Builds real image bytes for the tests, with the metadata a phone or an editor would add, and reads their structure. */
final class TestImages {

    static final int APP0 = 0xE0;
    static final int SOF0 = 0xC0;
    static final int SOS = 0xDA;

    private TestImages() {
    }

    /** A picture whose left half is red and right half blue, so turning it shows. */
    static BufferedImage redLeftBlueRight(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(redLeftBlueRight(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block written by Commons Imaging, as a camera would. */
    static byte[] withExif(byte[] jpeg, TiffOutputSet exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an XMP packet, as a photo editor would add. */
    static byte[] withXmp(byte[] jpeg, String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The markers of a JPEG's header segments, up to the start of the image data. */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int offset = 2;
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            markers.add(marker);
            if (marker == SOS) {
                break;
            }
            offset += 2 + (((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF));
        }
        return markers;
    }

    /** The JPEG with its frame header claiming other dimensions; the image data is unchanged. */
    static byte[] withJpegDimensions(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int offset = 2;
        while ((copy[offset + 1] & 0xFF) != SOF0) {
            offset += 2 + (((copy[offset + 2] & 0xFF) << 8) | (copy[offset + 3] & 0xFF));
        }
        copy[offset + 5] = (byte) (height >> 8);
        copy[offset + 6] = (byte) height;
        copy[offset + 7] = (byte) (width >> 8);
        copy[offset + 8] = (byte) width;
        return copy;
    }

    /** The chunk types of a PNG, in order. */
    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            chunks.add(new String(type, StandardCharsets.ISO_8859_1));
            buffer.position(buffer.position() + length + 4);
        }
        return chunks;
    }

    /** The PNG with an extra chunk right after its header, as an editor writes text or EXIF. */
    static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk(type, data));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A tiny PNG whose header claims {@code width} x {@code height} RGB pixels: a decompression bomb's shape. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        int length = deflater.deflate(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", Arrays.copyOf(compressed, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The first bytes of a HEIC file as an iPhone writes it. */
    static byte[] heicHeader() {
        ByteBuffer box = ByteBuffer.allocate(64).putInt(24).put(ascii("ftyp")).put(ascii("heic")).putInt(0)
                .put(ascii("mif1")).put(ascii("heic"));
        return box.array();
    }

    /** The first bytes of an AVIF file. */
    static byte[] avifHeader() {
        ByteBuffer box = ByteBuffer.allocate(64).putInt(20).put(ascii("ftyp")).put(ascii("avif")).putInt(0)
                .put(ascii("avif"));
        return box.array();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
