package com.jixiao.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures for docs/, refreshed only when asked (-Djixiao.docs.screenshots=true): a plain test run leaves
 * the working tree as it found it.
 */
public final class DocsScreenshots {

    private DocsScreenshots() {
    }

    public static boolean wanted() {
        return Boolean.getBoolean("jixiao.docs.screenshots");
    }

    /** Writes one page of a PDF as docs/{name}.png when asked (150 dpi: at 96 a rule on the margin can vanish). */
    public static void pdfPage(byte[] pdf, int pageIndex, String name) throws IOException {
        if (!wanted()) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 150);
            ImageIO.write(image, "png", Path.of("docs", name + ".png").toFile());
        }
    }
}
