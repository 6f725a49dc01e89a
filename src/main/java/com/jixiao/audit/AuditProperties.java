package com.jixiao.audit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * The key that signs the audit chain (HMAC-SHA-256), kept outside the database. Back it up apart from the
 * database: without it the chain cannot be verified.
 *
 * @param key     the key as Base64 text (e.g. environment JIXIAO_AUDIT_KEY); empty: read {@code keyFile}
 * @param keyFile the key file, created with a new random key (readable by its owner only) when missing
 */
@Validated
@ConfigurationProperties("jixiao.audit")
public record AuditProperties(@DefaultValue("") String key,
                              @NotNull @DefaultValue("./data/audit-hmac.key") Path keyFile) {

    @Override
    public String toString() {
        return "AuditProperties[key=(hidden), keyFile=" + keyFile + "]";
    }
}
