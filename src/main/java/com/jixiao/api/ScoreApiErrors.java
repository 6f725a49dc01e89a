package com.jixiao.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * JSON errors for the API: a 400 names the field and says what is wrong, in Chinese. Never a
 * stack trace, never an HTML page.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ScoreApiController.class)
class ScoreApiErrors {

    @ExceptionHandler(ApiBadRequestException.class)
    ResponseEntity<Map<String, Object>> badValue(ApiBadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (cause instanceof BoundedNumberJson.OutOfBounds outOfBounds) {
                return body(HttpStatus.BAD_REQUEST, field, "字段 " + field + "：" + outOfBounds.getOriginalMessage());
            }
            return body(HttpStatus.BAD_REQUEST, field, "字段 " + field + " 的值无法识别（数字请写成 JSON 数字，例如 58.762315）。");
        }
        if (cause instanceof StreamConstraintsException) {
            // Jackson's own limits (a number of over 1000 digits, a string of over 20 million characters).
            return body(HttpStatus.BAD_REQUEST, null, "请求中的数字或文字过长。");
        }
        if (cause instanceof JacksonException) {
            return body(HttpStatus.BAD_REQUEST, null, "请求体不是有效的 JSON。");
        }
        return body(HttpStatus.BAD_REQUEST, null, "请求体为空或无法读取，应为 JSON。");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType() {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "请以 Content-Type: application/json 发送。");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
