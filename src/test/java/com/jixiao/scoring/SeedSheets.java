package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 附1 tables and the 汇总表 of the seed report, read from the application's own transcription
 * (src/main/resources/seed/gaoxin-police-2021.json) so that the scoring tests and the running
 * application judge the very same data. Keyed by the project's name in the 汇总表.
 * 安保执勤接待工作专项 has a 汇总表 row but no 附1 table in the seed.
 */
final class SeedSheets {

    private static final String SEED = "/seed/gaoxin-police-2021.json";

    private SeedSheets() {
    }

    record Seed(String name, SheetInput sheet, PublishedResult summary) {
    }

    static final String 执法办案中心 = "执法办案中心";
    static final String 取保候审系统 = "取保候审系统";
    static final String 民警服装款 = "民警服装款";
    static final String 机关所站运转专项 = "机关所站运转专项";
    static final String 新办公楼装修项目 = "新办办公楼装修项目";
    static final String 反诈骗专项项目 = "反诈骗专项项目";
    static final String 刑事侦查勘察设备 = "刑事侦查、勘察设备";
    static final String 警务站建设专项 = "警务站建设专项";
    static final String 政工教训经费 = "政工教训经费";
    static final String 移动警务服务专项 = "移动警务服务专项";
    static final String 数据传输线路租赁专项 = "数据传输线路租赁专项";
    static final String 辅警招聘服务费 = "辅警招聘服务费";

    /** 汇总表 row 3: its 附1 table is not in the seed. */
    static final PublishedResult 安保执勤接待工作专项 = new PublishedResult("安保执勤接待工作专项", new BigDecimal("43.95235"),
            new BigDecimal("95"), "优秀");

    /** The 12 projects with a 附1 table, in 汇总表 order. */
    static Map<String, Seed> all() {
        Map<String, Seed> seeds = new LinkedHashMap<>();
        for (JsonNode project : document().get("projects")) {
            JsonNode summary = project.get("summary");
            JsonNode sheet = project.get("sheet");
            if (sheet == null || sheet.isNull()) {
                continue;
            }
            String name = summary.get("projectName").asString();
            seeds.put(name, new Seed(name, sheet(sheet), new PublishedResult(name, decimal(summary, "funds"),
                    decimal(summary, "score"), text(summary, "grade"))));
        }
        return seeds;
    }

    private static SheetInput sheet(JsonNode sheet) {
        JsonNode funds = sheet.get("funds");
        JsonNode total = null;
        for (JsonNode line : funds.get("lines")) {
            if ("TOTAL".equals(line.get("kind").asString())) {
                total = line;
            }
        }
        FundsInput fundsInput = new FundsInput(decimal(total, "initialBudget"), decimal(total, "annualBudget"),
                decimal(total, "executed"), decimal(funds, "weight"), decimal(funds, "enteredScore"),
                printedPercent(text(funds, "printedRate")), null);
        List<Level1Input> level1 = new ArrayList<>();
        for (JsonNode one : sheet.get("level1")) {
            List<IndicatorInput> rows = new ArrayList<>();
            for (JsonNode two : one.get("level2")) {
                for (JsonNode row : two.get("indicators")) {
                    rows.add(new IndicatorInput(text(two, "name"), text(row, "name"), text(row, "target"),
                            text(row, "actual"), decimal(row, "weight"), decimal(row, "score"),
                            text(row, "deviationNote"), null));
                }
            }
            level1.add(new Level1Input(text(one, "name"), decimal(one, "weight"), rows));
        }
        return new SheetInput(fundsInput, level1, decimal(sheet, "printedTotalScore"),
                decimal(sheet, "printedTotalWeight"), null, 2021);
    }

    private static JsonNode document() {
        try (InputStream in = SeedSheets.class.getResourceAsStream(SEED)) {
            // Amounts as exact decimals (58.762315), never through a double.
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "19.997%" → 19.997 as printed; blank → null. */
    private static BigDecimal printedPercent(String printed) {
        return printed == null ? null : new BigDecimal(printed.replace("%", "").strip());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
