package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStateException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change the sheet's status refuses (e.g. saving an approved sheet) that no controller caught: 409 page. */
@ControllerAdvice
class SheetStateErrors {

    @ExceptionHandler(SheetStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(SheetStateException e, Model model) {
        model.addAttribute("detail", e.getMessage());
        return "error/409";
    }
}
