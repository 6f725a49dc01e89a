package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SecurityConfig#firewall()} checks parameter names with a loop instead of Spring Security's regex; this
 * holds it to the regex's verdict (StrictHttpFirewall's {@code ASSIGNED_AND_NOT_ISO_CONTROL_PATTERN}).
 */
class FirewallParameterNamesTest {

    private static final Pattern SPRING_SECURITY_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
        int differences = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String name = "rows[0]." + new String(Character.toChars(codePoint));
            if (SecurityConfig.assignedWithoutControlCharacters(name) != SPRING_SECURITY_RULE.matcher(name).matches()) {
                differences++;
            }
        }
        assertThat(differences).isZero();
    }

    @Test
    void editorFieldNamesPassAndControlCharactersDoNot() {
        assertThat(SecurityConfig.assignedWithoutControlCharacters("rows[12].overrideReason")).isTrue();
        assertThat(SecurityConfig.assignedWithoutControlCharacters("项目名称")).isTrue();
        assertThat(SecurityConfig.assignedWithoutControlCharacters("rows[0].name\u0000")).isFalse();
        assertThat(SecurityConfig.assignedWithoutControlCharacters("a\nb")).isFalse();
        assertThat(SecurityConfig.assignedWithoutControlCharacters("\uD83F\uDFFF")).isFalse(); // U+1FFFF, unassigned
        assertThat(SecurityConfig.assignedWithoutControlCharacters("\uD800")).as("a lone surrogate, as the regex")
                .isEqualTo(SPRING_SECURITY_RULE.matcher("\uD800").matches());
    }
}
