package com.jixiao.report.print;

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
 * Renders a print template's XHTML to PDF with openhtmltopdf. It embeds the configured TrueType
 * CJK font ({@code jixiao.pdf.font}, default Debian's WenQuanYi Zen Hei): openhtmltopdf renders
 * CJK only from TrueType outlines, so Noto CJK (CFF) will not do, and no font means boxes.
 */
@Component
public class PdfRenderer {

    /** The family name the print CSS asks for first. */
    public static final String FONT_FAMILY = "WenQuanYi Zen Hei";

    private final String fontPath;

    private static final String PRINT_CSS = readPrintCss();

    PdfRenderer(PdfProperties settings) {
        this.fontPath = settings.font().toString();
    }

    /**
     * @param xhtml well-formed XHTML
     * @throws PdfFontMissingException when the font file cannot be read
     */
    public byte[] render(String xhtml) {
        File font = new File(fontPath);
        if (!font.isFile() || !Files.isReadable(font.toPath())) {
            throw new PdfFontMissingException(fontPath);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // A .ttc is read as a collection; subsetting keeps the file small (a few hundred KB).
            builder.useFont(font, FONT_FAMILY);
            builder.withHtmlContent(withPrintCss(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The browser pages link /css/print.css (the CSP forbids inline styles); the PDF is rendered
     * without a web request, so the same stylesheet is put into its head here.
     */
    private static String withPrintCss(String xhtml) {
        return xhtml.replaceFirst("</head>", Matcher.quoteReplacement(
                "<style>" + PRINT_CSS + "</style></head>"));
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

    public String fontPath() {
        return fontPath;
    }
}
