package com.jixiao.imports;

/** An upload above the size limit, packed or unpacked; the message is for the user. */
public class FileTooLargeException extends RuntimeException {

    public FileTooLargeException(String message) {
        super(message);
    }
}
