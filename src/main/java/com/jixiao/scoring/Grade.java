package com.jixiao.scoring;

/** The four grades, best first; each {@link RuleProfile} names them its own way. */
public enum Grade {
    EXCELLENT, GOOD, FAIR, POOR
}
