package com.jixiao.imports;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded 附1 file may be, packed and unpacked. A .xlsx/.docx is a
 * zip: a few hundred KB can inflate to gigabytes, so the inflated total and the entry count are limited before POI
 * sees the file, besides POI's own ratio check.
 *
 * @param maxFileSize     the upload itself (Spring's multipart limit is set a little above it)
 * @param maxInflatedSize all entries of the zip together, unpacked
 * @param maxEntries      entries of the zip
 * @param stagedHours     how long a previewed upload waits for its confirmation
 */
@ConfigurationProperties("jixiao.import")
@Validated
public record ImportLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxInflatedSize,
                           @Min(1) @DefaultValue("1000") int maxEntries, @Min(1) @DefaultValue("24") int stagedHours) {

    /** The Chinese message for a file above {@link #maxFileSize}. */
    public String tooLargeMessage() {
        return "文件过大：附1 文件最大 " + maxFileSize.toMegabytes() + " MB，请删去无关的工作表或图片后再上传。";
    }
}
