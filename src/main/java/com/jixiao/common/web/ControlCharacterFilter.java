package com.jixiao.common.web;

import com.jixiao.common.input.ControlCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters ({@link ControlCharacters}) from every query and form parameter before anything reads
 * it: search boxes ({@code /projects?q=%00}), every form field, the sign-in form. One place, so that a new form or
 * filter cannot forget it. Runs right after the character-encoding filter (the encoding must be set before
 * parameters are decoded).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Stripped(request), response);
    }

    private static final class Stripped extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> stripped = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> stripped.put(ControlCharacters.strip(name),
                        Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(stripped);
            }
            return parameters;
        }
    }
}
