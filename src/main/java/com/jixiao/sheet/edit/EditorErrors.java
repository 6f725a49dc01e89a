package com.jixiao.sheet.edit;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form field name no page of ours produces (rows[99999].name, a path into nothing) cannot be bound: that is a
 * bad request, answered with the Chinese error page, not a 500.
 */
@ControllerAdvice(assignableTypes = SheetEditorController.class)
class EditorErrors {

    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badField(Model model) {
        model.addAttribute("status", 400);
        return "error";
    }
}
