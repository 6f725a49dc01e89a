package com.jixiao.security.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every demo role, signed in on the real sign-in form, walks its pages breadth-first from {@code /}: every
 * same-origin link it is shown is followed (GET forms with their prefilled values too), and every form that posts is
 * sent as the page filled it, inside a transaction that is rolled back so the walk changes nothing. Whatever a role is
 * offered must not answer 403 (the page should not have offered it) and never 500.
 *
 * <p>Every page walked must also read as Chinese (issue 14.5): its visible text may hold no Latin word and no code-like
 * token (FINDING_CODE, AppUser, null) except the few a Chinese user reads too — see {@link #ALLOWED}.
 *
 * <p>Bounded: links up to {@value #DEPTH} clicks from the home page, and at most {@value #PER_PATTERN} addresses per
 * pattern (ids replaced by {@code {n}}; one per kind of download), since the 13 sheets of the seed offer the same links
 * each.
 */
class RoleCrawlTest extends IntegrationTest {

    static final int DEPTH = 4;
    static final int PER_PATTERN = 2;

    /**
     * Latin that belongs on a Chinese page: the product's name, the file types users download or upload (and know by
     * these names and extensions), the size unit of an upload limit, the paper size, and the 附1's own labels
     * 全年预算数(A), 全年执行数(B) and 执行率 B/A. User names, 项目编码
     * values and the audit chain's hexadecimal signatures are data and allowed by {@link #allowed}; numbers, dates,
     * units such as 万元 and % contain no Latin letters at all.
     */
    static final Set<String> ALLOWED = Set.of("Jixiao", "PDF", "CSV", "Excel", "Word", "xlsx", "docx", "MB", "A4",
            "A", "B");

    /** A signature or key fingerprint as the audit pages print it, for the reader to compare with a printed one. */
    static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-f]{8,}");

    /** A Latin word, or any token that looks like code: SOME_CODE, camelCase, Type#12. */
    static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[0-9A-Za-z_#.]*[A-Za-z][0-9A-Za-z_#.]*");

    /** 项目编码 as the seed and users write them: 130811213QX4TBVF3N040. */
    static final java.util.regex.Pattern PROJECT_CODE = java.util.regex.Pattern.compile("\\d[0-9A-Z]{9,}");

    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    record Visit(String url, int depth, String from) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"officer", "officer2", "head", "auditor", "admin"})
    void nothingARoleIsOfferedAnswers403Or500(String username) throws Exception {
        SignedIn browser = SignedIn.as(mvc, username, DemoAccounts.PASSWORD);
        Map<String, Integer> perPattern = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> postedForms = new HashSet<>();
        List<String> refused = new ArrayList<>();
        Map<String, String> latin = new java.util.TreeMap<>();
        Set<String> usernames = new HashSet<>(jdbc.queryForList("select username from app_user", String.class));
        // The database account the application runs as, which the audit verification page names (an account name).
        usernames.add(jdbc.queryForObject("select current_user", String.class));
        usernames.addAll(dataWords());
        Queue<Visit> queue = new ArrayDeque<>(List.of(new Visit("/", 0, "(start)")));
        int pages = 0;
        int posts = 0;
        while (!queue.isEmpty()) {
            Visit visit = queue.remove();
            MockHttpServletResponse response = browser.get(visit.url());
            pages++;
            int status = response.getStatus();
            if (status == 403 || status >= 500) {
                refused.add("GET " + visit.url() + " → " + status + " (linked from " + visit.from() + ")");
                continue;
            }
            String type = response.getContentType();
            if (status != 200 || type == null || !type.startsWith("text/html") || visit.depth() >= DEPTH) {
                continue;
            }
            Document page = SignedIn.page(response);
            for (String word : latinWords(page, usernames)) {
                latin.putIfAbsent(word, visit.url());
            }
            for (Element link : page.select("a[href]")) {
                enqueue(queue, seen, perPattern, link.attr("href"), visit);
            }
            for (FormElement form : page.forms()) {
                String action = form.attr("action").isEmpty() ? visit.url() : form.attr("action");
                if (!sameOrigin(action)) {
                    continue;
                }
                List<Map.Entry<String, String>> fields = fields(form);
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    enqueue(queue, seen, perPattern, withQuery(action, fields), visit);
                } else if (!action.equals("/logout") && postedForms.add(pattern(action))) {
                    int answer = postRolledBack(browser, action, fields);
                    posts++;
                    if (answer == 403 || answer >= 500) {
                        refused.add("POST " + action + " → " + answer + " (form on " + visit.url() + ")");
                    }
                }
            }
        }
        assertThat(refused).as(username + " walked " + pages + " pages and sent " + posts + " forms").isEmpty();
        assertThat(pages).as("the walk reached the pages behind the home page").isGreaterThan(20);
        assertThat(latin).as(username + ": Latin words or codes in visible text (word → first page)").isEmpty();
    }

    /**
     * Latin that people (and other tests: bad-input corpus, sessions, sign-in races) typed into records, which pages
     * show as typed: names, codes, contacts, indicator texts, user names, and the values — not the field names — of
     * audit events. Audit action codes are data only when this version has no label for them (events written by
     * tests); a known code must appear as its Chinese label, so it is never allowed here.
     */
    Set<String> dataWords() {
        StringBuilder text = new StringBuilder();
        jdbc.queryForList("""
                select concat_ws(' ', name, code, summary_name, using_office_name, contact, published_grade) from project
                union all select concat_ws(' ', name, short_name) from department
                union all select name from office
                union all select concat_ws(' ', username, display_name) from app_user
                union all select concat_ws(' ', name, note, target_text, actual_text, deviation_note) from indicator
                union all select concat_ws(' ', title, year_label, expected_goal, actual_result, funds_deviation_note,
                                           funds_printed_rate) from score_sheet
                union all select concat_ws(' ', username, client_address) from audit_event
                """, String.class).forEach(value -> text.append(value).append(' '));
        for (String json : jdbc.queryForList("select concat_ws(' ', before_json, after_json) from audit_event",
                String.class)) {
            text.append(json.replaceAll("\"[^\"]*\"\\s*:", " ")).append(' ');
        }
        Set<String> known = java.util.Arrays.stream(com.jixiao.audit.AuditAction.values()).map(Enum::name)
                .collect(Collectors.toSet());
        // Events that tests wrote with invented codes: their action, record type and non-JSON payload (shown under
        // the field name "value") are the test's data too.
        jdbc.queryForList("select distinct action || ' ' || coalesce(entity_type, '') from audit_event "
                        + "where action <> all (?)", String.class, (Object) known.toArray(String[]::new))
                .forEach(codes -> text.append(codes).append(' '));
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from audit_event where "
                + "left(ltrim(after_json), 1) not in ('{', '[') or left(ltrim(before_json), 1) not in ('{', '['))",
                Boolean.class))) {
            text.append("value ");
        }
        Set<String> words = new HashSet<>();
        java.util.regex.Matcher matcher = LATIN.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().replaceAll("^[.#]+|[.#]+$", ""));
        }
        return words;
    }

    /** The words of the page's visible text (and of its title and buttons) that are not Chinese nor allowed. */
    static Set<String> latinWords(Document page, Set<String> usernames) {
        Document visible = page.clone();
        visible.select("script, style, template, noscript, [hidden], input[type=hidden]").remove();
        StringBuilder text = new StringBuilder(visible.title()).append(' ').append(visible.body().text());
        visible.select("input[type=submit], input[type=button]").forEach(b -> text.append(' ').append(b.val()));
        visible.select("[placeholder]").forEach(e -> text.append(' ').append(e.attr("placeholder")));
        Set<String> words = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher = LATIN.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().replaceAll("^[.#]+|[.#]+$", "");
            if (!allowed(word, usernames)) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean allowed(String word, Set<String> usernames) {
        return ALLOWED.contains(word) || usernames.contains(word) || PROJECT_CODE.matcher(word).matches()
                || HEX.matcher(word).matches()
                || word.matches("(?i)[\\w-]+\\.(pdf|xlsx|csv)");
    }

    /** The form sent as the page filled it; the transaction is rolled back, so nothing it does is kept. */
    private int postRolledBack(SignedIn browser, String action, List<Map.Entry<String, String>> fields) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Integer status = tx.execute(state -> {
            state.setRollbackOnly();
            try {
                return browser.post(action, fields).getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return status == null ? 0 : status;
    }

    /**
     * What a browser sends when the user presses the form's first submit button: named inputs, selects and text
     * areas, checked boxes, and that one button.
     */
    static List<Map.Entry<String, String>> fields(FormElement form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        boolean buttonPressed = false;
        for (Element element : form.elements()) {
            String name = element.attr("name");
            String type = element.attr("type").toLowerCase();
            if (name.isEmpty() || element.hasAttr("disabled")) {
                continue;
            }
            if (element.nameIs("button") || type.equals("submit")) {
                if (!buttonPressed && !type.equals("button")) {
                    buttonPressed = true;
                    fields.add(Map.entry(name, element.val()));
                }
            } else if (element.nameIs("select")) {
                Element option = element.selectFirst("option[selected]");
                option = option != null ? option : element.selectFirst("option");
                if (option != null) {
                    fields.add(Map.entry(name, option.val()));
                }
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (element.hasAttr("checked")) {
                    fields.add(Map.entry(name, element.val().isEmpty() ? "on" : element.val()));
                }
            } else if (!type.equals("button") && !type.equals("image") && !type.equals("file")) {
                fields.add(Map.entry(name, element.val()));
            }
        }
        return fields;
    }

    private static void enqueue(Queue<Visit> queue, Set<String> seen, Map<String, Integer> perPattern, String href,
                                Visit from) {
        if (!sameOrigin(href)) {
            return;
        }
        String url = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (url.isEmpty() || url.startsWith("/css/") || url.startsWith("/js/") || url.equals("/logout")
                || !seen.add(url)) {
            return;
        }
        // A download (PDF, Excel, CSV) renders the same template for every id: one of each kind is enough.
        int limit = url.matches(".*\\.(pdf|xlsx|csv)(\\?.*)?") ? 1 : PER_PATTERN;
        if (perPattern.merge(pattern(url), 1, Integer::sum) > limit) {
            return;
        }
        queue.add(new Visit(url, from.depth() + 1, from.url()));
    }

    /** Relative addresses of this application; links to other hosts and javascript: are not the walk's. */
    private static boolean sameOrigin(String href) {
        return href.startsWith("/") && !href.startsWith("//");
    }

    /** Ids and years become {n}; query values are dropped, so each kind of page counts once per parameter set. */
    static String pattern(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath().replaceAll("\\d+", "{n}");
        String query = uri.getRawQuery() == null ? "" : "?" + java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().collect(Collectors.joining("&"));
        return path + query;
    }

    private static String withQuery(String action, List<Map.Entry<String, String>> fields) {
        Map<String, String> query = new LinkedHashMap<>();
        fields.stream().filter(field -> !field.getKey().equals("_csrf")).forEach(f -> query.put(f.getKey(), f.getValue()));
        if (query.isEmpty()) {
            return action;
        }
        return action + (action.contains("?") ? "&" : "?") + query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
