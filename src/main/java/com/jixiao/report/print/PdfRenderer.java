package com.jixiao.report.print;

import com.jixiao.common.form.FormTable;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/**
 * Renders a print template's XHTML to PDF with openhtmltopdf. It embeds a TrueType CJK font:
 * by default the one shipped in the jar ({@value #SHIPPED_FONT}, WenQuanYi Zen Hei cut to GB 2312 by
 * fonts/build-cjk-font.sh), so a machine with only a JDK produces PDFs; a system font only when
 * {@code jixiao.pdf.font} names one. openhtmltopdf renders CJK only from TrueType outlines (Noto CJK,
 * CFF, will not do), and no font means boxes.
 */
@Component
public class PdfRenderer {

    /** The family name the print CSS asks for first. */
    public static final String FONT_FAMILY = "WenQuanYi Zen Hei";

    /** Classpath resource of the shipped font. */
    static final String SHIPPED_FONT = "/fonts/jixiao-cjk.ttf";

    /** Empty for the shipped font, else a TrueType (.ttf/.ttc) file. */
    private final String fontPath;

    private static final String PRINT_CSS = readPrintCss();

    PdfRenderer(PdfProperties settings) {
        this.fontPath = settings.font().strip();
    }

    /**
     * @param xhtml well-formed XHTML
     * @throws PdfFontMissingException when a configured font file cannot be read
     */
    public byte[] render(String xhtml) {
        File font = fontPath.isEmpty() ? null : new File(fontPath);
        if (font != null && (!font.isFile() || !Files.isReadable(font.toPath()))) {
            throw new PdfFontMissingException(fontPath);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Subsetting keeps the file small: only the glyphs a document uses are embedded.
            if (font != null) {
                builder.useFont(font, FONT_FAMILY);
            } else {
                builder.useFont(() -> PdfRenderer.class.getResourceAsStream(SHIPPED_FONT), FONT_FAMILY);
            }
            builder.withHtmlContent(withPrintCss(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The browser pages link /css/print.css and /css/form-widths.css (the CSP forbids inline styles); the PDF
     * is rendered without a web request, so the same stylesheets are put into its head here.
     */
    private static String withPrintCss(String xhtml) {
        return xhtml.replaceFirst("</head>", Matcher.quoteReplacement(
                "<style>" + PRINT_CSS + FormTable.WIDTH_CSS + "</style></head>"));
    }

    private static String readPrintCss() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/static/css/print.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/print.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured font file; empty when the shipped font is used. */
    public String fontPath() {
        return fontPath;
    }
}
