package com.jixiao.sheet.edit;

import com.jixiao.sheet.SheetStatus;

/** The sheet is submitted or approved and can no longer be edited. */
public class SheetLockedException extends RuntimeException {

    private final SheetStatus status;

    public SheetLockedException(Long sheetId, SheetStatus status) {
        super("sheet " + sheetId + " is " + status);
        this.status = status;
    }

    public SheetStatus status() {
        return status;
    }
}
