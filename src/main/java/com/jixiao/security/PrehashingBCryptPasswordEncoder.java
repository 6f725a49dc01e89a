package com.jixiao.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over a fixed-length digest of the password, as passlib's {@code bcrypt_sha256}: BCrypt reads only 72
 * bytes, which are 24 Chinese characters in UTF-8 (a longer password made BCrypt throw, a 500). The digest is
 * HMAC-SHA256 keyed with the hash's own salt (so a leaked digest cannot be matched against other sites'
 * unsalted SHA-256 dumps), Base64-encoded (44 ASCII characters, no NUL bytes that would cut BCrypt short).
 * Stored as {@code {bcrypt-sha256}$2a$10$…}; older plain BCrypt hashes still match (see SecurityConfig).
 */
final class PrehashingBCryptPasswordEncoder implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";
    private static final int SALT_LENGTH = 29;

    @Override
    public String encode(CharSequence rawPassword) {
        String salt = BCrypt.gensalt(10);
        return BCrypt.hashpw(digest(rawPassword, salt), salt);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.length() < SALT_LENGTH) {
            return false;
        }
        String salt = encodedPassword.substring(0, SALT_LENGTH);
        return BCrypt.checkpw(digest(rawPassword, salt), encodedPassword);
    }

    private static String digest(CharSequence rawPassword, String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] sum = mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Plain BCrypt for hashes made before the digest: a password over 72 bytes never matched one of them. */
    static PasswordEncoder legacy() {
        org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder bcrypt =
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null
                        && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                        && bcrypt.matches(rawPassword, encodedPassword);
            }
        };
    }
}
