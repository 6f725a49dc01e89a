package com.jixiao.api;

import com.jixiao.department.RejectedFieldException;
import com.jixiao.department.StaleEditException;
import com.jixiao.imports.FileTooLargeException;
import com.jixiao.imports.ImportRefusedException;
import com.jixiao.imports.NotAnAnnexException;
import com.jixiao.project.ProjectLockedException;
import com.jixiao.sheet.SheetStateException;
import com.jixiao.sheet.edit.EditConflictException;
import com.jixiao.sheet.SheetNotEditableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * JSON errors for the API v1 controllers: a 400 names the field and says what is wrong, in Chinese, with a code for
 * programs. Never a stack trace, never an HTML page. (Missing records and other roles' requests: {@code ApiErrors}.)
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ScoreApiController.class, ImportApiController.class,
        ProjectApiController.class, SheetApiController.class, RuleProfileApiController.class})
class ScoreApiErrors {

    @ExceptionHandler(ApiBadRequestException.class)
    ResponseEntity<Map<String, Object>> badValue(ApiBadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(NotAnAnnexException.class)
    ResponseEntity<Map<String, Object>> notAnAnnex(NotAnAnnexException e) {
        return body(HttpStatus.UNPROCESSABLE_ENTITY, "notAnAnnex", "file", e.getMessage());
    }

    @ExceptionHandler(FileTooLargeException.class)
    ResponseEntity<Map<String, Object>> tooLarge(FileTooLargeException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "tooLarge", "file", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<Map<String, Object>> noFile() {
        return body(HttpStatus.BAD_REQUEST, "fileMissing", "file",
                "请以 multipart/form-data 上传文件，字段名为 file（.xlsx 或 .docx）。");
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ImportRefusedException e) {
        return body(HttpStatus.BAD_REQUEST, "rejected", null, e.getMessage());
    }

    @ExceptionHandler(RejectedFieldException.class)
    ResponseEntity<Map<String, Object>> rejected(RejectedFieldException e) {
        return body(HttpStatus.BAD_REQUEST, "rejected", e.field(), e.getMessage());
    }

    @ExceptionHandler({EditConflictException.class, ObjectOptimisticLockingFailureException.class,
            StaleEditException.class})
    ResponseEntity<Map<String, Object>> stale() {
        return body(HttpStatus.CONFLICT, "conflict", "version",
                "该记录在您读取之后已被他人修改：请重新读取（GET）后再保存。");
    }

    @ExceptionHandler({SheetNotEditableException.class, ProjectLockedException.class})
    ResponseEntity<Map<String, Object>> locked(RuntimeException e) {
        String message = e instanceof SheetNotEditableException ? "该自评表已提交或已审核，不能再修改。" : e.getMessage();
        return body(HttpStatus.CONFLICT, "locked", null, message);
    }

    /** A workflow step the sheet's state does not allow (incomplete, already submitted, read by an old version). */
    @ExceptionHandler(SheetStateException.class)
    ResponseEntity<Map<String, Object>> state(SheetStateException e) {
        return body(HttpStatus.CONFLICT, "refused", null, e.getMessage());
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
        String code = status == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? "unsupportedMediaType"
                : field != null ? "badValue" : "badJson";
        return body(status, code, field, message);
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String field,
                                                            String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("code", code);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
