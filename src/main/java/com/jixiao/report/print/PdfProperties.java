package com.jixiao.report.print;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param font a TrueType CJK font file for server-side PDFs (openhtmltopdf cannot use CFF fonts such as Noto CJK);
 *             empty: the font shipped in the jar ({@code fonts/jixiao-cjk.ttf}, GB 2312), so a machine with only a
 *             JDK prints PDFs
 */
@ConfigurationProperties("jixiao.pdf")
public record PdfProperties(@DefaultValue("") String font) {
}
