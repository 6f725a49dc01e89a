package com.jixiao.sheet;

import java.util.List;

/** 送审 of a sheet that still lacks something: the message lists every item in Chinese. */
public class IncompleteSheetException extends SheetStateException {

    private final List<Missing> missing;

    IncompleteSheetException(List<Missing> missing) {
        super("自评表还不能提交：" + String.join("；", missing.stream().map(Missing::message).toList()));
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }
}
