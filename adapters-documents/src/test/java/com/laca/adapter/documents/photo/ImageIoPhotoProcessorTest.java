package com.laca.adapter.documents.photo;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.laca.application.records.port.out.PhotoLimits;
import com.laca.application.records.port.out.PhotoProcessing;
import com.laca.application.records.port.out.PhotoRejection;
import com.laca.application.records.port.out.ProcessedPhoto;
import com.laca.domain.records.PhotoFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("An uploaded photo is checked by its content, limited, turned upright and stripped of every piece of metadata")
class ImageIoPhotoProcessorTest {

    private static final double LONDON_LATITUDE = 51.5072;
    private static final double LONDON_LONGITUDE = -0.1276;
    private static final String CLIENT_NAME = "Emma Jones";

    private final ImageIoPhotoProcessor processor = new ImageIoPhotoProcessor(PhotoLimits.DEFAULT);

    private PhotoProcessing process(byte[] bytes) {
        return processor.process(new ByteArrayInputStream(bytes));
    }

    private ProcessedPhoto accepted(byte[] bytes) {
        PhotoProcessing result = process(bytes);
        assertThat(result).isInstanceOf(PhotoProcessing.Accepted.class);
        return ((PhotoProcessing.Accepted) result).photo();
    }

    private PhotoProcessing.Rejected rejected(PhotoProcessing result, PhotoRejection reason) {
        assertThat(result).isInstanceOf(PhotoProcessing.Rejected.class);
        PhotoProcessing.Rejected rejection = (PhotoProcessing.Rejected) result;
        assertThat(rejection.reason()).isEqualTo(reason);
        return rejection;
    }

    private static byte[] jpegWithGpsAndXmp() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(LONDON_LONGITUDE, LONDON_LATITUDE);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, CLIENT_NAME);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Apple");
        byte[] withExif = TestImages.withExif(TestImages.jpeg(64, 48), exif);
        return TestImages.withXmp(withExif, "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf="
                + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/"
                + "elements/1.1/\" dc:creator=\"" + CLIENT_NAME + "\"/></rdf:RDF></x:xmpmeta>");
    }

    private static TiffImageMetadata exifOf(byte[] jpeg) throws IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata jpegMetadata ? jpegMetadata.getExif() : null;
    }

    private static int[] rgb(BufferedImage image, int x, int y) {
        Color color = new Color(image.getRGB(x, y), true);
        return new int[] {color.getRed(), color.getGreen(), color.getBlue(), color.getAlpha()};
    }

    @Nested
    @DisplayName("Metadata")
    class Metadata {

        @Test
        @DisplayName("A JPEG carrying EXIF GPS, the client's name and XMP comes out with none of it")
        void jpegGpsStripped() throws Exception {
            byte[] upload = jpegWithGpsAndXmp();
            TiffImageMetadata before = exifOf(upload);
            assertThat(before).as("the test photo really carries GPS").isNotNull();
            assertThat(before.getGpsInfo().getLatitudeAsDegreesNorth()).isCloseTo(LONDON_LATITUDE, within(1e-4));
            assertThat(new String(upload, ISO_8859_1)).contains(CLIENT_NAME, "Exif", "http://ns.adobe.com/xap/1.0/");

            ProcessedPhoto photo = accepted(upload);

            byte[] stored = photo.bytes();
            assertThat(exifOf(stored)).isNull();
            assertThat(TestImages.jpegMarkers(stored)).as("no APP1-APP15 (EXIF, XMP, ICC, IPTC) or COM segment")
                    .noneMatch(marker -> marker >= 0xE1 && marker <= 0xEF || marker == 0xFE);
            assertThat(new String(stored, ISO_8859_1)).doesNotContain(CLIENT_NAME).doesNotContain("Exif")
                    .doesNotContain("xmp").doesNotContain("Apple");
            assertThat(photo.format()).isEqualTo(PhotoFormat.JPEG);
            assertThat(ImageIO.read(new ByteArrayInputStream(stored))).satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(64);
                assertThat(image.getHeight()).isEqualTo(48);
            });
        }

        @Test
        @DisplayName("A PNG's text and EXIF chunks are dropped; only the chunks that carry the picture remain")
        void pngChunksStripped() {
            byte[] png = TestImages.png(TestImages.redLeftBlueRight(32, 16, BufferedImage.TYPE_INT_RGB));
            byte[] upload = TestImages.withPngChunk(TestImages.withPngChunk(png, "tEXt",
                    TestImages.ascii("Author\0" + CLIENT_NAME)), "eXIf", TestImages.ascii("MM\0*GPS 51.5072"));
            assertThat(TestImages.pngChunks(upload)).contains("tEXt", "eXIf");

            ProcessedPhoto photo = accepted(upload);

            assertThat(TestImages.pngChunks(photo.bytes())).isSubsetOf("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
            assertThat(new String(photo.bytes(), ISO_8859_1)).doesNotContain(CLIENT_NAME).doesNotContain("GPS");
            assertThat(photo.format()).isEqualTo(PhotoFormat.PNG);
        }

        @Test
        @DisplayName("The answer carries the stored bytes' SHA-256 and dimensions")
        void hashAndSize() throws Exception {
            ProcessedPhoto photo = accepted(TestImages.jpeg(30, 20));

            assertThat(photo.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(photo.bytes())));
            assertThat(photo.width()).isEqualTo(30);
            assertThat(photo.height()).isEqualTo(20);
        }
    }

    @Nested
    @DisplayName("Orientation")
    class Orientation {

        private byte[] orientedJpeg(int orientation) throws Exception {
            TiffOutputSet exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            return TestImages.withExif(TestImages.jpeg(40, 20), exif);
        }

        @Test
        @DisplayName("A photo stored sideways (EXIF orientation 6) is turned upright: 40 x 20 becomes 20 x 40")
        void rotatedClockwise() throws Exception {
            ProcessedPhoto photo = accepted(orientedJpeg(6));

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertThat(image.getWidth()).isEqualTo(20);
            assertThat(image.getHeight()).isEqualTo(40);
            assertThat(rgb(image, 10, 5)[0]).as("the red left half is now on top").isGreaterThan(200);
            assertThat(rgb(image, 10, 35)[2]).as("the blue right half is now below").isGreaterThan(200);
        }

        @Test
        @DisplayName("A photo stored upside down (orientation 3) is turned round: red moves to the right")
        void upsideDown() throws Exception {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(accepted(orientedJpeg(3)).bytes()));

            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(rgb(image, 5, 10)[2]).isGreaterThan(200);
            assertThat(rgb(image, 35, 10)[0]).isGreaterThan(200);
        }

        @Test
        @DisplayName("A PNG keeps its transparency")
        void pngAlpha() throws Exception {
            BufferedImage transparent = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
            transparent.setRGB(1, 1, 0xFF00FF00);

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(accepted(TestImages.png(transparent)).bytes()));

            assertThat(image.getColorModel().hasAlpha()).isTrue();
            assertThat(rgb(image, 0, 0)[3]).isZero();
            assertThat(rgb(image, 1, 1)).containsExactly(0, 255, 0, 255);
        }
    }

    @Nested
    @DisplayName("Type, by content")
    class Type {

        @Test
        @DisplayName("A GIF is refused as a GIF, whatever it was called or declared as")
        void gif() {
            byte[] gif = TestImages.write(TestImages.redLeftBlueRight(8, 8, BufferedImage.TYPE_INT_RGB), "gif");

            assertThat(rejected(process(gif), PhotoRejection.UNSUPPORTED_TYPE).detail()).contains("GIF", "JPEG or PNG");
        }

        @Test
        @DisplayName("A HEIC photo is refused naming the types accepted and what to do instead")
        void heic() {
            assertThat(rejected(process(TestImages.heicHeader()), PhotoRejection.HEIC_NOT_SUPPORTED).detail())
                    .contains("JPEG or PNG", "Most Compatible");
        }

        @Test
        @DisplayName("AVIF, PDF and plain text are refused as unsupported")
        void others() {
            rejected(process(TestImages.avifHeader()), PhotoRejection.UNSUPPORTED_TYPE);
            rejected(process(TestImages.ascii("%PDF-1.7 not a photo")), PhotoRejection.UNSUPPORTED_TYPE);
            rejected(process(TestImages.ascii("just some text")), PhotoRejection.UNSUPPORTED_TYPE);
        }

        @Test
        @DisplayName("An empty upload is refused as empty")
        void empty() {
            rejected(process(new byte[0]), PhotoRejection.EMPTY);
        }

        @Test
        @DisplayName("A JPEG or PNG whose data is damaged or cut short is refused as unreadable")
        void damaged() {
            byte[] jpeg = TestImages.jpeg(64, 48);
            byte[] png = TestImages.png(TestImages.redLeftBlueRight(64, 48, BufferedImage.TYPE_INT_RGB));

            rejected(process(Arrays.copyOf(jpeg, jpeg.length / 2)), PhotoRejection.UNREADABLE);
            rejected(process(Arrays.copyOf(png, png.length / 2)), PhotoRejection.UNREADABLE);
            byte[] garbage = new byte[300];
            Arrays.fill(garbage, (byte) 0x5A);
            garbage[0] = (byte) 0xFF;
            garbage[1] = (byte) 0xD8;
            garbage[2] = (byte) 0xFF;
            rejected(process(garbage), PhotoRejection.UNREADABLE);
        }
    }

    @Nested
    @DisplayName("Limits")
    class Limits {

        @Test
        @DisplayName("An upload over the size limit is refused after reading one byte past the limit, no more")
        void tooLarge() {
            long[] read = {0};
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    read[0]++;
                    return 0;
                }
            };
            ImageIoPhotoProcessor small = new ImageIoPhotoProcessor(new PhotoLimits(1000, 100, 100, 10_000));

            rejected(small.process(endless), PhotoRejection.TOO_LARGE);
            assertThat(read[0]).isEqualTo(1001);
        }

        @Test
        @DisplayName("A tiny PNG claiming 50,000 x 50,000 pixels is refused from its header, never decoded")
        void pngBomb() {
            byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
            assertThat(bomb.length).isLessThan(2_000);

            assertThat(rejected(process(bomb), PhotoRejection.DIMENSIONS_TOO_LARGE).detail()).contains("50000 x 50000");
        }

        @Test
        @DisplayName("A JPEG whose header claims 60,000 x 60,000 pixels is refused the same way")
        void jpegBomb() {
            rejected(process(TestImages.withJpegDimensions(TestImages.jpeg(16, 16), 60_000, 60_000)),
                    PhotoRejection.DIMENSIONS_TOO_LARGE);
        }

        @Test
        @DisplayName("At the limits exactly a photo is accepted; one pixel wider, taller or more in all is refused")
        void edges() {
            ImageIoPhotoProcessor bounded = new ImageIoPhotoProcessor(new PhotoLimits(1_000_000, 100, 80, 6_000));

            assertThat(bounded.process(new ByteArrayInputStream(TestImages.jpeg(100, 60))))
                    .isInstanceOf(PhotoProcessing.Accepted.class);
            rejected(bounded.process(new ByteArrayInputStream(TestImages.jpeg(101, 10))),
                    PhotoRejection.DIMENSIONS_TOO_LARGE);
            rejected(bounded.process(new ByteArrayInputStream(TestImages.jpeg(10, 81))),
                    PhotoRejection.DIMENSIONS_TOO_LARGE);
            rejected(bounded.process(new ByteArrayInputStream(TestImages.jpeg(100, 61))),
                    PhotoRejection.DIMENSIONS_TOO_LARGE);
        }
    }
}
