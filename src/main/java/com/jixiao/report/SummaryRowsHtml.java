package com.jixiao.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The 汇总表's project rows rendered to HTML, each row remembered by exactly what its template
 * reads: the department, the year and the row's formatted {@link SummaryCells}. The rows are read
 * from the database and scored on every request as before; only a row whose cells have not been
 * rendered before runs the template. So nothing can go stale — a save, a status change or a renamed
 * office gives different cells and thus a fresh rendering of that one row — and there is nothing to
 * invalidate or to share between instances. Another sort order reuses every row.
 *
 * <p>Why: Thymeleaf spent about 80 % of a 500-project 汇总表 request on these rows (JFR, issue 7),
 * while the rows of a department change far less often than heads and officers reload the page;
 * when an officer saves, one row changes. Bounded by characters, least recently used first out;
 * {@code jixiao.summary.rows-cache-mb=0} turns it off (the benchmark measures both).
 */
@Component
class SummaryRowsHtml {

    static final String TEMPLATE = "report/summary-row";

    private record Key(long departmentId, int year, SummaryCells cells) {
    }

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final JakartaServletWebApplication application;
    private final Cache<Key, String> rows;
    private final AtomicLong rendered = new AtomicLong();

    SummaryRowsHtml(ITemplateEngine templates, ApplicationContext applicationContext, ServletContext servletContext,
                    @Value("${jixiao.summary.rows-cache-mb:32}") long capacityMb) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
        // A Java string of mostly CJK text costs two bytes a character.
        // Evictions run on the calling thread: no background work, and a size of 0 keeps nothing at all.
        this.rows = Caffeine.newBuilder().maximumWeight(capacityMb * 1024 * 1024 / 2)
                .<Key, String>weigher((key, html) -> html.length()).executor(Runnable::run).build();
    }

    /** The {@code <tr>} rows of the page's table in display order, escaped by the template as any page is. */
    String render(SummaryPage page, HttpServletRequest request, HttpServletResponse response) {
        List<SummaryLine> lines = page.lines();
        StringBuilder html = new StringBuilder(lines.size() * 700);
        WebContext context = null;
        for (SummaryLine line : lines) {
            Key key = new Key(page.department().getId(), page.fiscalYear(), line.cells());
            String row = rows.getIfPresent(key);
            if (row == null) {
                if (context == null) {
                    context = context(key, request, response);
                }
                context.setVariable("c", key.cells());
                row = collapseBetweenTags(templates.process(TEMPLATE, context));
                rendered.incrementAndGet();
                rows.put(key, row);
            }
            html.append(row);
        }
        return html.toString();
    }

    /** How many rows ran the template since start: lets tests see the reuse. */
    long renderedRows() {
        return rendered.get();
    }

    private WebContext context(Key key, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(application.buildExchange(request, response),
                LocaleContextHolder.getLocale(), Map.of("departmentId", key.departmentId(), "year", key.year()));
        // What ThymeleafView adds to a page's context: without it every expression builds its own
        // SpEL evaluation context.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        return context;
    }

    /** Drops the indentation between tags: a third of a row's bytes, meaningless inside a table row. */
    static String collapseBetweenTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i++);
            out.append(c);
            if (c == '>') {
                int next = i;
                while (next < html.length() && Character.isWhitespace(html.charAt(next))) {
                    next++;
                }
                if (next < html.length() && html.charAt(next) == '<') {
                    i = next;
                }
            }
        }
        return out.toString();
    }
}
