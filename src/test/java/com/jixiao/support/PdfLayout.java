package com.jixiao.support;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's layout back with PDFBox — where each glyph stands (PDFTextStripper's TextPositions) and
 * where the table rules are drawn (a PDFGraphicsStreamEngine) — and names what a reader would see as
 * broken: glyphs drawn over each other ("58.76231574.383%"), a table narrower than 90 % of the printable
 * width (a landscape 汇总表 filling two thirds of its page), and a page that carries on a table with only
 * its repeated header and one row (an orphan 总分), and a blank page. Pages have 12 mm side margins
 * (print.css).
 */
public final class PdfLayout {

    /** print.css: 12 mm left and right on portrait and landscape pages. */
    static final float SIDE_MARGIN = 12 / 25.4f * 72;

    /** A glyph box on a page; y grows downwards. */
    record Glyph(String text, float x, float y, float width, float height) {
    }

    /** What one page shows: its glyphs, its table rules and its size. */
    public record Page(int number, float width, List<Glyph> glyphs, List<Rectangle2D> rules) {

        /** Printable width between the side margins. */
        public float printableWidth() {
            return width - 2 * SIDE_MARGIN;
        }

        /** Left to right extent of the drawn rules (table borders); 0 without any. */
        public float tableWidth() {
            double left = rules.stream().mapToDouble(Rectangle2D::getMinX).min().orElse(0);
            double right = rules.stream().mapToDouble(Rectangle2D::getMaxX).max().orElse(0);
            return (float) (right - left);
        }

        /** Distinct heights at which horizontal rules run: the row boundaries of the page's tables. */
        public TreeSet<Integer> rowBoundaries() {
            TreeSet<Integer> ys = new TreeSet<>();
            for (Rectangle2D rule : rules) {
                if (rule.getHeight() < 2 && rule.getWidth() > 5) {
                    ys.add((int) Math.round(rule.getCenterY()));
                }
            }
            return ys;
        }

        /** The page begins inside a table (nothing printed above its first rule): a continued table. */
        public boolean continuesATable() {
            TreeSet<Integer> rows = rowBoundaries();
            return !rows.isEmpty() && glyphs.stream().filter(g -> !g.text().isBlank())
                    .allMatch(g -> g.y() + g.height() / 2 >= rows.first() || isFooter(g));
        }

        private boolean isFooter(Glyph g) {
            return rowBoundaries().isEmpty() || g.y() > rowBoundaries().last();
        }

        /** All text of the page, for messages. */
        public String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text()));
            return out.toString();
        }
    }

    private PdfLayout() {
    }

    public static List<Page> read(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                pages.add(new Page(i + 1, page.getMediaBox().getWidth(), glyphs(document, i + 1), rules(page)));
            }
        }
        return pages;
    }

    /** Every problem found, one line each; empty when the layout is clean. */
    public static List<String> problems(List<Page> pages) {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            overlaps(page, problems);
            if (!page.rules().isEmpty() && page.tableWidth() < 0.9f * page.printableWidth()) {
                problems.add("第 " + page.number() + " 页：表格宽 " + Math.round(page.tableWidth()) + " pt，不足可打印宽度 "
                        + Math.round(page.printableWidth()) + " pt 的 90%");
            }
            if (page.rules().isEmpty() && page.text().replaceAll("\\s", "").matches("(第\\d+页)?")) {
                problems.add("第 " + page.number() + " 页是空白页");
            }
            // A continued table with two rows or fewer: the repeated header and one row.
            if (page.continuesATable() && page.rowBoundaries().size() <= 3) {
                problems.add("第 " + page.number() + " 页只有表头和一行：" + abbreviate(page.text()));
            }
        }
        return problems;
    }

    /** Glyphs on one line (same baseline) that start before the one to their left has ended. */
    private static void overlaps(Page page, List<String> problems) {
        List<Glyph> glyphs = page.glyphs().stream().filter(g -> !g.text().isBlank())
                .sorted(Comparator.comparingInt((Glyph g) -> Math.round(g.y())).thenComparingDouble(Glyph::x))
                .toList();
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph left = glyphs.get(i - 1);
            Glyph right = glyphs.get(i);
            boolean sameLine = Math.round(left.y()) == Math.round(right.y());
            // A quarter of a glyph's width: kerning and rounding never come near that.
            float overlap = left.x() + left.width() - right.x();
            if (sameLine && overlap > Math.max(1f, 0.25f * Math.min(left.width(), right.width()))) {
                problems.add("第 " + page.number() + " 页文字重叠：“" + context(glyphs, i) + "”");
                return; // one per page is enough to read
            }
        }
    }

    private static String context(List<Glyph> glyphs, int at) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, at - 8); i < Math.min(glyphs.size(), at + 8); i++) {
            if (Math.round(glyphs.get(i).y()) == Math.round(glyphs.get(at).y())) {
                out.append(glyphs.get(i).text());
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition p) {
                glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
                        p.getWidthDirAdj(), p.getHeightDir()));
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
    }

    /** Bounds of every stroked or filled path: the cell borders and shadings openhtmltopdf draws. */
    private static List<Rectangle2D> rules(PDPage page) throws IOException {
        List<Rectangle2D> rules = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private Rectangle2D path;
            private Point2D current = new Point2D.Float();

            private void add(Point2D point) {
                // PDF space has y upwards; flip so y grows down the page as for the glyphs.
                Point2D flipped = new Point2D.Double(point.getX(), height - point.getY());
                if (path == null) {
                    path = new Rectangle2D.Double(flipped.getX(), flipped.getY(), 0, 0);
                } else {
                    path.add(flipped);
                }
            }

            private void done() {
                if (path != null) {
                    rules.add(path);
                }
                path = null;
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                add(p0);
                add(p1);
                add(p2);
                add(p3);
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                current = transformedPoint(x, y);
                add(current);
            }

            @Override
            public void lineTo(float x, float y) {
                current = transformedPoint(x, y);
                add(current);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = transformedPoint(x3, y3);
                add(current);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path = null;
            }

            @Override
            public void strokePath() {
                done();
            }

            @Override
            public void fillPath(int windingRule) {
                done();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                done();
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        // A path as wide as the page is no table rule (a page background); none is drawn today, but be sure.
        rules.removeIf(rule -> rule.getWidth() >= page.getMediaBox().getWidth() - 1);
        return rules;
    }
}
