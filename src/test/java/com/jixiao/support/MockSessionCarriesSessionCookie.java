package com.jixiao.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and a browser names its session by its cookie. MockMvc tests
 * carry a {@code MockHttpSession} from request to request instead of a cookie jar; this filter, in front of
 * Spring Session's, lets that object be the jar: the session cookie a response sets is kept in it and sent
 * with the next request that carries the same mock session and no cookie of its own; a cookie the
 * application expires (sign-out, a revoked session) invalidates the mock session, as the container did before.
 * Only MockMvc requests are touched; the storage and the cookie are the production path, and real HTTP tests
 * (browsers, two nodes) use real cookies.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockSessionCarriesSessionCookie {

    static final String COOKIE = "JSESSIONID";
    static final String JAR = MockSessionCarriesSessionCookie.class.getName() + ".cookie";

    @Bean
    FilterRegistrationBean<Filter> mockSessionCookieJar() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (!(request instanceof MockHttpServletRequest mock) || !(response instanceof MockHttpServletResponse out)) {
                chain.doFilter(request, response);
                return;
            }
            HttpSession jar = mock.getSession(false);
            boolean hasCookie = mock.getCookies() != null
                    && Arrays.stream(mock.getCookies()).anyMatch(c -> c.getName().equals(COOKIE));
            HttpServletRequest sent = mock;
            if (!hasCookie && jar != null && jar.getAttribute(JAR) instanceof String value) {
                sent = new HttpServletRequestWrapper(mock) {
                    @Override
                    public Cookie[] getCookies() {
                        Cookie[] own = mock.getCookies() == null ? new Cookie[0] : mock.getCookies();
                        return Stream.concat(Arrays.stream(own), Stream.of(new Cookie(COOKIE, value)))
                                .toArray(Cookie[]::new);
                    }
                };
            }
            chain.doFilter(sent, response);
            Cookie set = out.getCookie(COOKIE);
            if (set != null) {
                if (set.getMaxAge() == 0) {
                    HttpSession current = mock.getSession(false);
                    if (current != null) {
                        current.invalidate();
                    }
                } else {
                    mock.getSession(true).setAttribute(JAR, set.getValue());
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
