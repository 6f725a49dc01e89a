package com.jixiao.report.print;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * @param font TrueType CJK font for server-side PDFs (openhtmltopdf cannot use CFF fonts such as Noto CJK)
 */
@Validated
@ConfigurationProperties("jixiao.pdf")
public record PdfProperties(@NotNull @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") Path font) {
}
