package com.jixiao.common.web;

import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns the errors a user can cause by typing a URL into Chinese pages, never a stack trace. */
@Slf4j
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("detail", e.getMessage());
        return "error/404";
    }

    /** E.g. /sheets/abc: an id that is not a number cannot name any record. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String badPathValue(MethodArgumentTypeMismatchException e, Model model) {
        String value = String.valueOf(e.getValue());
        // Echo only the start: the value may be a 1 MB paste.
        model.addAttribute("detail", "地址中的“" + (value.length() <= 20 ? value : value.substring(0, 20) + "…")
                + "”不是有效的编号。");
        return "error/404";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noResource(Model model) {
        model.addAttribute("detail", "没有这个页面。");
        return "error/404";
    }
}
