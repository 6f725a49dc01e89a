package com.jixiao.rules;

import com.jixiao.common.web.NotFoundException;

/** A profile code (or code and version) that is not stored. */
public class UnknownProfileException extends NotFoundException {

    public UnknownProfileException(String what) {
        super("没有评分规则“" + what + "”。");
    }
}
