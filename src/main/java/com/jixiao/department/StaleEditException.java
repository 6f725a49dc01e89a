package com.jixiao.department;

/** The record was saved by someone else since the form was opened: the form's version is old. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
