package com.jixiao.report;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The 汇总表's project rows rendered to HTML, remembered by exactly what the rows template reads:
 * the department, the year and the formatted {@link SummaryCells} of every row in display order.
 * The rows are read from the database and scored on every request as before; only when the
 * cells come out equal to a previous request's is the template not run again. So nothing can go
 * stale — a save, a status change, a renamed office or a different sort gives different cells and
 * thus a fresh rendering — and there is nothing to invalidate or to share between instances.
 *
 * <p>Why: Thymeleaf spent about 80 % of a 500-project 汇总表 request on these rows (JFR, issue 7),
 * while the rows of a department change far less often than heads and officers reload the page.
 * Bounded by characters, least recently used first out; {@code jixiao.summary.rows-cache-mb=0}
 * turns it off (the benchmark measures both).
 */
@Component
class SummaryRowsHtml {

    static final String TEMPLATE = "report/summary-rows";
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

    private final ITemplateEngine templates;
    private final JakartaServletWebApplication application;
    private final long capacityChars;
    private final Map<Key, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedChars;

    SummaryRowsHtml(ITemplateEngine templates, ServletContext servletContext,
                    @Value("${jixiao.summary.rows-cache-mb:32}") long capacityMb) {
        this.templates = templates;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
        // A Java string of mostly CJK text costs two bytes a character.
        this.capacityChars = capacityMb * 1024 * 1024 / 2;
    }

    /** The {@code <tr>} rows of the page's table, escaped by the template as any page is. */
    String render(SummaryPage page, HttpServletRequest request, HttpServletResponse response) {
        List<SummaryCells> cells = page.lines().stream().map(SummaryLine::cells).toList();
        Key key = new Key(page.department().getId(), page.fiscalYear(), cells);
        String html = cached(key);
        if (html == null) {
            WebContext context = new WebContext(application.buildExchange(request, response),
                    LocaleContextHolder.getLocale(), Map.of("cells", cells, "departmentId", key.departmentId,
                    "year", key.year));
            // Indentation between tags is a third of a large table's bytes and means nothing in rows.
            html = BETWEEN_TAGS.matcher(templates.process(TEMPLATE, context)).replaceAll("><");
            remember(key, html);
        }
        return html;
    }

    private synchronized String cached(Key key) {
        return entries.get(key);
    }

    private synchronized void remember(Key key, String html) {
        // A table larger than a quarter of the budget would push out everything else for one page.
        if (html.length() > capacityChars / 4 || entries.containsKey(key)) {
            return;
        }
        entries.put(key, html);
        cachedChars += html.length();
        var eldest = entries.entrySet().iterator();
        while (cachedChars > capacityChars && eldest.hasNext()) {
            cachedChars -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    /** Hashes its 500-odd cells once: lookups happen under the lock. */
    private static final class Key {
        private final long departmentId;
        private final int year;
        private final List<SummaryCells> cells;
        private final int hash;

        Key(long departmentId, int year, List<SummaryCells> cells) {
            this.departmentId = departmentId;
            this.year = year;
            this.cells = cells;
            this.hash = 31 * (31 * Long.hashCode(departmentId) + year) + cells.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.departmentId == departmentId
                    && key.year == year && key.cells.equals(cells);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
