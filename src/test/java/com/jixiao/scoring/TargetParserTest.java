package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Blank;
import com.jixiao.scoring.ParsedValue.DateValue;
import com.jixiao.scoring.ParsedValue.Qualitative;
import com.jixiao.scoring.ParsedValue.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TargetParserTest {

    /**
     * Every 年度指标值 and 实际完成值 of the seed's 附1 tables, copied from the source text (line breaks inside a
     * cell come out as spaces there, so they are kept). Columns: text | operator | number | unit | percent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 执法办案中心
            =1            | EQ   | 1      |      | false
            1             | NONE | 1      |      | false
            =100%         | EQ   | 100    |      | true
            100%          | NONE | 100    |      | true
            ≥10%          | GE   | 10     |      | true
            ≥85%          | GE   | 85     |      | true
            # 取保候审
            ≥90%          | GE   | 90     |      | true
            ≥100          | GE   | 100    |      | false
            ≤5            | LE   | 5      |      | false
            ≥60%          | GE   | 60     |      | true
            ≥99%          | GE   | 99     |      | true
            # 民警服装
            ≥68人         | GE   | 68     | 人   | false
            68人          | NONE | 68     | 人   | false
            ≥98%          | GE   | 98     |      | true
            # 机关所站运转 / 新办公楼
            ≥80%          | GE   | 80     |      | true
            70%           | NONE | 70     |      | true
            98%           | NONE | 98     |      | true
            80%           | NONE | 80     |      | true
            0             | NONE | 0      |      | false
            # 刑事侦查
            ≥30%          | GE   | 30     |      | true
            29.5%         | NONE | 29.5   |      | true
            ≥100%         | GE   | 100    |      | true
            ≥5            | GE   | 5      |      | false
            # 警务站
            2个           | NONE | 2      | 个   | false
            >=20%         | GE   | 20     |      | true
            >=80%         | GE   | 80     |      | true
            # 教育训练 / 辅警招聘
            ≥98%场        | GE   | 98     | 场   | true
            ≥98           | GE   | 98     |      | false
            ≥98 %场       | GE   | 98     | 场   | true
            ≥98 %         | GE   | 98     |      | true
            # 移动警务
            67            | NONE | 67     |      | false
            小于等于 5%   | LE   | 5      |      | true
            小于58万      | LT   | 58     | 万   | false
            57.888        | NONE | 57.888 |      | false
            >=95%         | GE   | 95     |      | true
            99%           | NONE | 99     |      | true
            3年           | NONE | 3      | 年   | false
            # 数据传输线路租赁
            5             | NONE | 5      |      | false
            小于 10 万    | LT   | 10     | 万   | false
            6.9 万        | NONE | 6.9    | 万   | false
            1 年          | NONE | 1      | 年   | false
            # level-3 text quoted in issue 3
            租赁的线路不少于 5 条 | GE | 5  | 条   | false
            """)
    void seedQuantities(String text, Operator op, BigDecimal value, String unit, boolean percent) {
        ParsedValue v = TargetParser.parse(text, 2021);
        assertThat(v).isInstanceOf(Quantity.class);
        Quantity q = (Quantity) v;
        assertThat(q.op()).isEqualTo(op);
        assertThat(q.value()).isEqualByComparingTo(value);
        assertThat(q.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(q.percent()).isEqualTo(percent);
        assertThat(q.original()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021年12 月底      | 2021-12-31
            2021年 6月底       | 2021-06-30
            2021 年 12 月底    | 2021-12-31
            2021 年 6 月底     | 2021-06-30
            2021年12月底       | 2021-12-31
            2021年6月底        | 2021-06-30
            """)
    void seedDates(String text, LocalDate date) {
        assertThat(TargetParser.parse(text, 2021)).isEqualTo(new DateValue(Operator.LE, date, text.strip()));
    }

    /** The seed's text targets and actuals: none can be compared as a number or a date. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "降低案发率", "案发情况 呈下降趋势", "项目控制在预算 内", "完成", "宣传覆盖率", "完成辖区 内宣传覆 盖", "降低案发",
            "降低案发率提升 人民群众安全保 障", "辖区电诈 类案件小 于总发案 率 50%", "群众满意度", "多普及电 诈相关知 识，避免人",
            "降低案发率 提升人民群众安全保障", "公安机关履职尽责，维护社会稳定", "无违法违纪现象，群众对公安工作满意",
            "缓解核查 任务压力", "缓解核 查任务 压力", "不涉及", "有效提升", "完成 95%"})
    void seedQualitative(String text) {
        assertThat(TargetParser.parse(text, 2021)).isEqualTo(new Qualitative(text.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "—", "/", "——"})
    void blankAndFillers(String text) {
        assertThat(TargetParser.parse(text)).isInstanceOf(Blank.class);
        assertThat(TargetParser.parse(null)).isInstanceOf(Blank.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥98%       | GE
            ≧98%       | GE
            >=98%      | GE
            ＞＝98%    | GE
            大于等于98% | GE
            大于或等于98% | GE
            不低于98%  | GE
            不少于98%  | GE
            98%以上    | GE
            98%及以上  | GE
            ≤98%       | LE
            ≦98%       | LE
            <=98%      | LE
            小于等于98% | LE
            不高于98%  | LE
            不超过98%  | LE
            98%以内    | LE
            98%以下    | LE
            小于98%    | LT
            低于98%    | LT
            <98%       | LT
            ＜98%      | LT
            =98%       | EQ
            ═98%       | EQ
            ﹦98%      | EQ
            等于98%    | EQ
            >98%       | GT
            大于98%    | GT
            高于98%    | GT
            超过98%    | GT
            """)
    void operatorSpellings(String text, Operator op) {
        Quantity q = (Quantity) TargetParser.parse(text);
        assertThat(q.op()).isEqualTo(op);
        assertThat(q.value()).isEqualByComparingTo("98");
        assertThat(q.percent()).isTrue();
    }

    @Test
    void fullWidthDigitsAndPercent() {
        Quantity q = (Quantity) TargetParser.parse("≥９８％");
        assertThat(q.value()).isEqualByComparingTo("98");
        assertThat(q.percent()).isTrue();
        assertThat(((Quantity) TargetParser.parse("９８．５％")).value()).isEqualByComparingTo("98.5");
        assertThat(((Quantity) TargetParser.parse("百分之98")).percent()).isTrue();
        assertThat(((Quantity) TargetParser.parse("98百分比")).percent()).isTrue();
    }

    @Test
    void thousandsSeparators() {
        Quantity q = (Quantity) TargetParser.parse("69,000元");
        assertThat(q.value()).isEqualByComparingTo("69000");
        assertThat(q.unit()).isEqualTo("元");
        assertThat(((Quantity) TargetParser.parse("1,234,567.5")).value()).isEqualByComparingTo("1234567.5");
    }

    /** 小于10万, 6.9万 and 69000元 must compare in one base: 100000, 69000, 69000. */
    @Test
    void scaleOfTenThousand() {
        Quantity limit = (Quantity) TargetParser.parse("小于10万");
        Quantity wan = (Quantity) TargetParser.parse("6.9万");
        Quantity yuan = (Quantity) TargetParser.parse("69000元");
        Quantity wanYuan = (Quantity) TargetParser.parse("6.9万元");
        assertThat(limit.baseValue()).isEqualByComparingTo("100000");
        assertThat(wan.baseValue()).isEqualByComparingTo("69000");
        assertThat(yuan.baseValue()).isEqualByComparingTo("69000");
        assertThat(wanYuan.baseValue()).isEqualByComparingTo("69000");
        assertThat(wanYuan.baseUnit()).isEqualTo("元");
        assertThat(limit.baseUnit()).isEmpty();
        assertThat(((Quantity) TargetParser.parse("2公里")).baseValue()).isEqualByComparingTo("2000");
        assertThat(((Quantity) TargetParser.parse("3万人")).baseUnit()).isEqualTo("人");
    }

    @Test
    void datesInOtherSpellings() {
        assertThat(TargetParser.parse("2021-12-31")).isEqualTo(
                new DateValue(Operator.NONE, LocalDate.of(2021, 12, 31), "2021-12-31"));
        assertThat(((DateValue) TargetParser.parse("2021年12月31日前")).date()).isEqualTo("2021-12-31");
        assertThat(((DateValue) TargetParser.parse("2022年2月底")).date()).isEqualTo("2022-02-28");
        assertThat(((DateValue) TargetParser.parse("2021年底前完成")).date()).isEqualTo("2021-12-31");
    }

    /** 12月底前 carries no year: it is a date only when the sheet's year is known. */
    @Test
    void monthWithoutYearNeedsDefaultYear() {
        assertThat(TargetParser.parse("12月底前")).isInstanceOf(Qualitative.class);
        assertThat(TargetParser.parse("12月底前", 2021))
                .isEqualTo(new DateValue(Operator.LE, LocalDate.of(2021, 12, 31), "12月底前"));
        assertThat(((DateValue) TargetParser.parse("6月末", 2021)).date()).isEqualTo("2021-06-30");
        assertThat(((DateValue) TargetParser.parse("年底前", 2022)).date()).isEqualTo("2022-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年13月底", "≥", "%", "98%完成", "90%-100%", "1.2.3", "≥≥5", "5..5", "0.5.", "-",
            "大于等于", "百分之", "年底", "12月底前", "99999999999999999999999999999999999"})
    void neverThrows(String text) {
        assertThat(TargetParser.parse(text)).isNotNull();
        assertThat(TargetParser.parse(text, 2021)).isNotNull();
    }

    @Test
    void unknownWordAfterNumberIsQualitative() {
        assertThat(TargetParser.parse("98%完成")).isInstanceOf(Qualitative.class);
        assertThat(TargetParser.parse("2021年13月底")).isInstanceOf(Qualitative.class);
    }
}
