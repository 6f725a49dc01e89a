package com.jixiao.imports;

import com.jixiao.common.web.JsonErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above Spring's multipart limit fails before any controller is chosen: answered here, a JSON 413 for the
 * API and the upload page with the Chinese message for the browser, never a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class UploadLimitAdvice {

    private final ImportLimits limits;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpStatus.PAYLOAD_TOO_LARGE, limits.tooLargeMessage());
            return null;
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("maxSize", limits.maxFileSize().toMegabytes());
        model.addAttribute("error", limits.tooLargeMessage());
        return "imports/upload";
    }
}
