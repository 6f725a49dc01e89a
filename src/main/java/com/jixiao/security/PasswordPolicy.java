package com.jixiao.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rules for a new password, counted in characters (a Chinese character is one): at least {@value #MIN_LENGTH},
 * at most {@value #MAX_LENGTH}, not containing the user name, not a common password (the deny-list
 * {@code security/common-passwords.txt}, also with digits or symbols around it), not a run of one character or a
 * keyboard or alphabet sequence. Sign-in is not judged by these rules: existing passwords keep working.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String DENY_LIST = "security/common-passwords.txt";
    private static final List<String> SEQUENCES = List.of("0123456789", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp");

    private final Set<String> denied;

    public PasswordPolicy() {
        this.denied = load();
    }

    /** @return the Chinese messages for every rule the password breaks; empty when it may be used */
    public List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("密码至少 " + MIN_LENGTH + " 个字符（汉字、字母、数字、符号各计 1 个），现为 " + length + " 个");
        }
        if (length > MAX_LENGTH) {
            problems.add("密码不能超过 " + MAX_LENGTH + " 个字符，现为 " + length + " 个");
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.trim().length() >= 3 && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("密码不能包含用户名");
        }
        if (isCommon(lower)) {
            problems.add("这是常见密码，容易被猜中，请换一个");
        } else if (isRunOrSequence(lower)) {
            problems.add("密码不能是同一字符的重复或连续的字母、数字、键盘序列（如 aaaaaaaaaaaa、123456789012）");
        }
        return problems;
    }

    private boolean isCommon(String lower) {
        if (denied.contains(lower)) {
            return true;
        }
        // "password2024!" or "@woaini1314": a listed word with digits or symbols around it is as weak.
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        return !core.isEmpty() && denied.contains(core);
    }

    private static boolean isRunOrSequence(String lower) {
        if (lower.codePoints().distinct().count() < 4) {
            return true;
        }
        for (String sequence : SEQUENCES) {
            String forward = sequence.repeat(1 + 2 * MAX_LENGTH / sequence.length());
            String backward = new StringBuilder(forward).reverse().toString();
            if (forward.contains(lower) || backward.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(DENY_LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("deny-list " + DENY_LIST + " missing", e);
        }
        return words;
    }
}
