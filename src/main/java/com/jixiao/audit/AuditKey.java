package com.jixiao.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that signs the audit chain (HMAC-SHA-256). It lives outside the database, so whoever
 * controls the database — its administrator included — cannot write a chain that verifies. Taken
 * from {@code jixiao.audit.key} (Base64, e.g. the environment variable JIXIAO_AUDIT_KEY) or else
 * from the file {@code jixiao.audit.key-file}, which is created with a new random key (readable by
 * its owner only) when it does not exist. Back it up apart from the database backups: without it the
 * chain cannot be verified.
 */
@Slf4j
@Component
public class AuditKey {

    private static final int MIN_BYTES = 32;

    private final byte[] secret;
    private final boolean createdNow;
    private final String source;

    AuditKey(AuditProperties settings) {
        String base64 = settings.key();
        Path file = settings.keyFile();
        if (StringUtils.hasText(base64)) {
            this.secret = decode(base64.trim(), "jixiao.audit.key");
            this.createdNow = false;
            this.source = "jixiao.audit.key";
        } else {
            boolean created = createIfMissing(file);
            this.secret = read(file);
            this.createdNow = created;
            this.source = file.toAbsolutePath().normalize().toString();
        }
    }

    private static boolean createIfMissing(Path file) {
        try {
            if (Files.exists(file)) {
                return false;
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            byte[] key = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    java.nio.file.StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("no POSIX permissions here", e);
            }
            log.warn("Created a new audit chain key in {}: back it up apart from the database; without it the "
                    + "audit chain cannot be verified", file.toAbsolutePath());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit key file " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("审计密钥（" + where + "）不是有效的 Base64 文本。", e);
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("审计密钥（" + where + "）至少需要 " + MIN_BYTES + " 字节，现为 " + key.length
                    + " 字节。");
        }
        return key;
    }

    byte[] secret() {
        return secret.clone();
    }

    /** True when this start created the key file: a chain signed before cannot be verified with it. */
    boolean createdNow() {
        return createdNow;
    }

    String source() {
        return source;
    }

    /** Names the key without revealing it: the first 16 hex digits of its SHA-256. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
