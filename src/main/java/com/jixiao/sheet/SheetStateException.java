package com.jixiao.sheet;

/**
 * A change the sheet's status does not allow, e.g. approving a draft or editing an approved
 * sheet. The message is Chinese and meant for the user.
 */
public class SheetStateException extends RuntimeException {

    public SheetStateException(String message) {
        super(message);
    }
}
