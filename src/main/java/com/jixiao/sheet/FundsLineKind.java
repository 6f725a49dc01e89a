package com.jixiao.sheet;

/** The rows of the funds block of 附1, in printed order. */
public enum FundsLineKind {
    TOTAL("年度资金总额"),
    APPROPRIATION("其中：当年财政拨款"),
    CARRY_OVER("上年结转资金"),
    OTHER("其他资金");

    private final String label;

    FundsLineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
