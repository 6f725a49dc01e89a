package com.jixiao.security.api;

import com.jixiao.common.web.JsonErrors;
import com.jixiao.common.web.NotFoundException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for every REST controller (the {@code /api/**} endpoints), never an HTML page. Errors
 * before a controller is reached (401, 403 by URL) are written by the API filter chain.
 */
@Slf4j
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> notFound(Exception e) {
        String message = e instanceof NotFoundException ? e.getMessage() : "没有找到该记录。";
        return respond(HttpStatus.NOT_FOUND, message);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return respond(status, "请求不正确：" + status.getReasonPhrase());
        }
        log.error("API request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "系统出现了意外问题，操作没有完成。");
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(JsonErrors.body(status, message));
    }

    /** Any other {@code /api/**} address: a JSON 404 rather than the HTML page of unknown addresses. */
    @RestController
    static class Fallback {

        @RequestMapping("/api/**")
        void unknown() {
            throw new NotFoundException("没有这个接口。");
        }
    }
}
