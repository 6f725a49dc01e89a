package com.jixiao.sheet.edit;

import org.springframework.modulith.NamedInterface;
/** The sheet was saved by someone else since the officer opened it: the posted version is not the current one. */
@NamedInterface("editor")
public class EditConflictException extends RuntimeException {

    public EditConflictException(Long sheetId) {
        super("sheet " + sheetId + " was changed since the form was opened");
    }
}
