package com.jixiao.common.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's expression cache for every expression the pages have. A form field bound with
 * {@code *{rows[__${i}__].name}} is a different expression for every row index: each row of the 附1 editor adds
 * about 20, so the editor at its 300-row limit needs about 5,900 ({@code EditorExpressionCacheTest} measures it).
 * Thymeleaf keeps 500 by default; past that, every editor page parsed and compiled its expressions again (a
 * 27-row sheet's editor open: 19 ms of CPU warm, 14.5 ms with the room; bench/editor_cpu.py). Entries are soft references, so memory
 * pressure can still clear them.
 */
@Component
class TemplateExpressionCache implements BeanPostProcessor {

    /** Enough for the editor at its row limit ({@link com.jixiao.common.input.TextBounds#ROWS_MAX}) and the rest. */
    static final int EXPRESSIONS = 20_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            StandardCacheManager caches = new StandardCacheManager();
            caches.setExpressionCacheMaxSize(EXPRESSIONS);
            engine.setCacheManager(caches);
        }
        return bean;
    }
}
