package com.jixiao.imports;

/** An upload that holds no 附1, or cannot be opened at all; the message is the Chinese explanation for the user. */
public class NotAnAnnexException extends RuntimeException {

    public NotAnAnnexException(String message) {
        super(message);
    }
}
