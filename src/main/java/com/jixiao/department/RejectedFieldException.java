package com.jixiao.department;

/**
 * A value the rules refuse (a name or code already taken, an office of another department). Carries the form field and a Chinese message so that the
 * controller shows it next to that field instead of answering 500.
 */
public class RejectedFieldException extends RuntimeException {

    private final String field;

    public RejectedFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
