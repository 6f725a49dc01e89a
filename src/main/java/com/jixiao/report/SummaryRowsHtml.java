package com.jixiao.report;

import com.jixiao.common.form.FormDocument;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The 汇总表's project rows rendered to HTML, each row remembered by exactly what its template
 * reads: the department, the year and the row's formatted {@link SummaryRow.Cells}. The rows are read
 * from the database and scored on every request as before; only a row whose cells have not been
 * rendered before runs the template. So nothing can go stale — a save, a status change or a renamed
 * office gives different cells and thus a fresh rendering of that one row — and there is nothing to
 * invalidate or to share between instances. Another sort order reuses every row, and the whole
 * table is remembered as well (keyed by all its cells in order), so a reload of an unchanged
 * department is a single lookup.
 *
 * <p>Why: Thymeleaf spent about 80 % of a 500-project 汇总表 request on these rows (JFR, issue 7),
 * while the rows of a department change far less often than heads and officers reload the page;
 * when an officer saves, one row changes. Bounded by characters, least recently used first out;
 * {@code jixiao.summary.rows-cache-mb=0} turns it off (the benchmark measures both).
 */
@Component
class SummaryRowsHtml {

    static final String TEMPLATE = "report/summary-rows";
    static final String OFFICIAL_TEMPLATE = "report/official-summary";
    private static final String ROW_END = "<!--row-->";

    /** {@code cells} is one row's SummaryRow.Cells, a whole table's list of them, or the official form's description. */
    private record Key(long departmentId, int year, Object cells) {
    }

    private static Key rowKey(long departmentId, int year, SummaryRow.Cells row) {
        return new Key(departmentId, year, row);
    }

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final JakartaServletWebApplication application;
    private final Cache<Key, String> entries;
    private final AtomicLong renderedRows = new AtomicLong();

    SummaryRowsHtml(ITemplateEngine templates, ApplicationContext applicationContext, ServletContext servletContext,
                    SummaryProperties settings) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
        // A Java string of mostly CJK text costs two bytes a character.
        // Evictions run on the calling thread: no background work, and a size of 0 keeps nothing at all.
        this.entries = Caffeine.newBuilder().maximumWeight(settings.rowsCacheMb() * 1024 * 1024 / 2)
                .<Key, String>weigher((key, html) -> html.length()).executor(Runnable::run).build();
    }

    /** The {@code <tr>} rows of the page's table in display order, escaped by the template as any page is. */
    String render(SummaryPage page, HttpServletRequest request, HttpServletResponse response) {
        long departmentId = page.department().getId();
        int year = page.fiscalYear();
        List<SummaryRow.Cells> cells = page.rows().stream().map(SummaryRow::cells).toList();
        // The whole table first: a reload of an unchanged department is one lookup.
        Key tableKey = new Key(departmentId, year, cells);
        String table = entries.getIfPresent(tableKey);
        if (table != null) {
            return table;
        }
        // Then row by row: after a save, only the saved sheet's row runs the template.
        Map<SummaryRow.Cells, String> known = new HashMap<>();
        List<SummaryRow.Cells> missing = new ArrayList<>();
        for (SummaryRow.Cells row : cells) {
            String rowHtml = entries.getIfPresent(rowKey(departmentId, year, row));
            if (rowHtml != null) {
                known.put(row, rowHtml);
            } else {
                missing.add(row);
            }
        }
        known.putAll(renderRows(departmentId, year, missing, request, response));
        StringBuilder html = new StringBuilder(cells.size() * 700);
        cells.forEach(row -> html.append(known.get(row)));
        table = html.toString();
        entries.put(tableKey, table);
        return table;
    }

    /**
     * The official 汇总表 the page prints with Ctrl+P, rendered once per content: the key is the form's whole
     * description, so any change of what it shows renders it afresh. Without this a 500-project page rendered its
     * 3,500 official cells on every view (measured: throughput 118 → 58 req/s at 32 connections).
     */
    String officialForm(long departmentId, int year, FormDocument doc, HttpServletRequest request,
                        HttpServletResponse response) {
        return entries.get(new Key(departmentId, year, doc), key -> collapseBetweenTags(
                templates.process(OFFICIAL_TEMPLATE, context(request, response, Map.of("doc", doc))).strip()));
    }

    private WebContext context(HttpServletRequest request, HttpServletResponse response, Map<String, Object> variables) {
        WebContext context = new WebContext(application.buildExchange(request, response),
                LocaleContextHolder.getLocale(), variables);
        // What ThymeleafView adds to a page's context: without it every expression builds its own
        // SpEL evaluation context.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        return context;
    }

    /** Runs the template once for all these rows and remembers each row. */
    private Map<SummaryRow.Cells, String> renderRows(long departmentId, int year, List<SummaryRow.Cells> cells,
                                                 HttpServletRequest request, HttpServletResponse response) {
        if (cells.isEmpty()) {
            return Map.of();
        }
        WebContext context = context(request, response,
                Map.of("cells", cells, "departmentId", departmentId, "year", year));
        // The template ends every row with ROW_END; escaped cell text cannot contain "<!--".
        String[] rendered = templates.process(TEMPLATE, context).split(ROW_END, -1);
        Map<SummaryRow.Cells, String> rows = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String row = collapseBetweenTags(rendered[i].strip());
            rows.put(cells.get(i), row);
            entries.put(rowKey(departmentId, year, cells.get(i)), row);
        }
        renderedRows.addAndGet(cells.size());
        return rows;
    }

    /** How many rows ran the template since start: lets tests see the reuse. */
    long renderedRows() {
        return renderedRows.get();
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
