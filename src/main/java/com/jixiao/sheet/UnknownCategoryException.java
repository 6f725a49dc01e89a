package com.jixiao.sheet;

/**
 * A change naming a 一级/二级 category the sheet does not have: it was prepared for another state of the sheet (the
 * categories come from the template and never change), so nothing of it is applied.
 */
public class UnknownCategoryException extends RuntimeException {

    UnknownCategoryException(Long id) {
        super("sheet has no category " + id);
    }
}
