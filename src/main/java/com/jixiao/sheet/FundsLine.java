package com.jixiao.sheet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One row of the funds block: 年初预算数, 全年预算数 (A) and 全年执行数 (B) in 万元; changed only through its sheet. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FundsLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private ScoreSheet sheet;

    @Enumerated(EnumType.STRING)
    private FundsLineKind kind;

    private BigDecimal initialBudget;

    private BigDecimal annualBudget;

    private BigDecimal executed;

    /** 执行率 as printed on this row by an imported report, e.g. "99.81". */
    private String printedRate;

    FundsLine(ScoreSheet sheet, FundsLineKind kind) {
        this.sheet = sheet;
        this.kind = kind;
    }

    void revise(FundsEntry.Amounts amounts) {
        this.initialBudget = amounts == null ? null : amounts.initialBudget();
        this.annualBudget = amounts == null ? null : amounts.annualBudget();
        this.executed = amounts == null ? null : amounts.executed();
        this.printedRate = amounts == null ? null : amounts.printedRate();
    }
}
