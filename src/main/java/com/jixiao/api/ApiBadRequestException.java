package com.jixiao.api;

/** A request to the JSON API that names a field with an unusable value. */
class ApiBadRequestException extends RuntimeException {

    private final String field;

    ApiBadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
