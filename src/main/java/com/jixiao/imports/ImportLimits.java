package com.jixiao.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded 附1 file may be, packed and unpacked (documented in application.yml). A .xlsx/.docx is a
 * zip: a few hundred KB can inflate to gigabytes, so the inflated total and the entry count are limited before POI
 * sees the file, besides POI's own ratio check.
 *
 * @param maxFileSize     the upload itself (Spring's multipart limit is set a little above it)
 * @param maxInflatedSize all entries of the zip together, unpacked
 * @param maxEntries      entries of the zip
 * @param stagedHours     how long a previewed upload waits for its confirmation
 */
@ConfigurationProperties("jixiao.import")
public record ImportLimits(DataSize maxFileSize, DataSize maxInflatedSize, Integer maxEntries, Integer stagedHours) {

    public ImportLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxInflatedSize = maxInflatedSize == null ? DataSize.ofMegabytes(100) : maxInflatedSize;
        maxEntries = maxEntries == null ? 1000 : maxEntries;
        stagedHours = stagedHours == null ? 24 : stagedHours;
    }

    /** The Chinese message for a file above {@link #maxFileSize}. */
    public String tooLargeMessage() {
        return "文件过大：附1 文件最大 " + maxFileSize.toMegabytes() + " MB，请删去无关的工作表或图片后再上传。";
    }
}
