package com.jixiao.scoring;

/** ERROR: the sheet is wrong by the rules; WARNING: probably wrong or incomplete; INFO: worth a look. */
public enum Severity {
    ERROR, WARNING, INFO
}
