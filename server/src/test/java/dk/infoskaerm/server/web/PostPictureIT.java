package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** A post and its picture on the Nyt opslag page in Chromium: saved together, shrunk in the browser, HEIC refused. */
class PostPictureIT {

    static final int MAX_BYTES = dk.infoskaerm.server.posts.Images.MAX_BYTES;

    @TempDir
    static Path files;
    @RegisterExtension
    static final Pages pages = new Pages(Map.of());
    @BeforeEach
    void newPost() {
        pages.browser.logIn("lone", Pages.PASSWORD);
        pages.browser.open("/opslag/nyt");
    }

    @Test
    void aRefusedPictureLeavesNoPostAndARetrySavesExactlyOne() throws Exception {
        String title = "Juletræstænding på torvet";
        pages.browser.byId("title").sendKeys(title);
        Path notAPicture = Files.writeString(files.resolve("juletrae.jpg"), "dette er ikke et billede\n".repeat(50));
        pages.browser.byId("image").sendKeys(notAPicture.toString());
        pages.browser.byId("post-submit").click();
        WebElement error = pages.browser.byId("image-error");
        pages.browser.waitFor(d -> error.isDisplayed());
        assertTrue(error.getText().contains("ikke et billede"), error.getText());
        assertEquals(0L, postsTitled(title), "a post was saved without its refused picture");

        pages.browser.byId("image").clear();
        pages.browser.byId("image").sendKeys(Path.of("src/main/resources/seed/images/loppemarked.jpg").toAbsolutePath()
                .toString());
        pages.browser.byId("post-submit").click();
        pages.browser.waitFor(d -> pages.browser.byId("page-status").getText().contains("er gemt"));
        // Sending again from the same page changes the post it made, never makes a second.
        pages.browser.byId("post-submit").click();
        pages.browser.waitFor(d -> pages.browser.byId("page-status").getText().contains("er gemt")
                && pages.browser.byId("post-submit").isEnabled());
        assertEquals(1L, postsTitled(title));
        assertEquals(Boolean.TRUE, pages.apiGet("/api/v1/posts",
                "data.find(p => p.title === '" + title + "').imageUrl !== null"), "the saved post lost its picture");
    }

    @Test
    void aLargePhonePhotoIsShrunkInTheBrowserAndSaved() throws Exception {
        Path photo = noisyJpeg(files.resolve("IMG_4032.jpg"), 4032, 3024);
        assertTrue(Files.size(photo) > MAX_BYTES, "the test photo should be over the limit: " + Files.size(photo));
        String title = "Sankthans ved søen";
        pages.browser.byId("title").sendKeys(title);
        pages.browser.byId("image").sendKeys(photo.toString());
        pages.browser.waitFor(d -> pages.browser.byId("image-hint").getText().contains("1920 × 1440"));
        pages.browser.byId("post-submit").click();
        pages.browser.waitFor(d -> pages.browser.byId("page-status").getText().contains("er gemt"));
        assertFalse(pages.browser.byId("image-error").isDisplayed(), pages.browser.byId("image-error").getText());
        String imageUrl = (String) pages.apiGet("/api/v1/posts", "data.find(p => p.title === '" + title + "').imageUrl");
        BufferedImage saved = ImageIO.read(java.net.URI.create(pages.base + imageUrl).toURL());
        assertEquals(1920, saved.getWidth());
        assertEquals(1440, saved.getHeight());
    }

    @Test
    void aHeicPhotoIsRefusedInDanishBeforeAnythingIsSent() throws Exception {
        byte[] heic = new byte[4096];
        byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);
        Path file = Files.write(files.resolve("IMG_0001.HEIC"), heic);
        pages.browser.byId("title").sendKeys("Billede fra en iPhone");
        pages.browser.byId("image").sendKeys(file.toString());
        WebElement error = pages.browser.byId("image-error");
        pages.browser.waitFor(d -> error.isDisplayed());
        assertTrue(error.getText().contains("HEIC") && error.getText().contains("JPEG"), error.getText());
        assertEquals("", pages.browser.byId("image").getAttribute("value"), "the refused file stays chosen");
        // Sending now sends nothing: the reason stays where it is.
        pages.browser.byId("post-submit").click();
        pages.browser.waitFor(d -> pages.browser.byId("post-submit").isEnabled());
        assertTrue(error.isDisplayed() && error.getText().contains("HEIC"), error.getText());
        assertEquals(0L, postsTitled("Billede fra en iPhone"), "sent without the picture it refused");
    }

    @Test
    void aFileTooLargeToShrinkIsRefusedWithTheOneStatedLimit() throws Exception {
        byte[] garbage = new byte[MAX_BYTES + 1];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(files.resolve("stor.jpg"), garbage);
        pages.browser.byId("image").sendKeys(file.toString());
        WebElement error = pages.browser.byId("image-error");
        pages.browser.waitFor(d -> error.isDisplayed());
        String label = pages.browser.driver.findElement(org.openqa.selenium.By.cssSelector("label[for=image]")).getText();
        assertTrue(label.contains("højst 5 MB"), label);
        assertEquals("Billedet er for stort. Det må højst fylde 5 MB.", error.getText());
        assertEquals(dk.infoskaerm.server.posts.Images.tooLarge().getMessage(), error.getText(),
                "the page and the API state different limits");
    }

    private static long postsTitled(String title) {
        return ((Number) pages.apiGet("/api/v1/posts", "data.filter(p => p.title === '" + title + "').length"))
                .longValue();
    }

    /** A camera-sized JPEG of noise at high quality: several megabytes, as a phone's photo. */
    private static Path noisyJpeg(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
