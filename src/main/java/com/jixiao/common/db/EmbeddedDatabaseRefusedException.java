package com.jixiao.common.db;

/** The embedded database cannot start safely; the message tells the user what to change. */
public class EmbeddedDatabaseRefusedException extends RuntimeException {

    public EmbeddedDatabaseRefusedException(String message) {
        super(message);
    }
}
