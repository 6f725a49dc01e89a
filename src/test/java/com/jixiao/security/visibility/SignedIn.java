package com.jixiao.security.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser session through MockMvc: signed in on the real sign-in form (its CSRF token included), then every
 * request carries the session cookie's session and, for posts, the token the page itself rendered.
 */
final class SignedIn {

    private final MockMvc mvc;
    private final MockHttpSession session = new MockHttpSession();
    final String username;

    private SignedIn(MockMvc mvc, String username) {
        this.mvc = mvc;
        this.username = username;
    }

    static SignedIn as(MockMvc mvc, String username, String password) throws Exception {
        SignedIn browser = new SignedIn(mvc, username);
        Document login = browser.page(browser.get("/login"));
        MockHttpServletResponse signedIn = browser.post("/login", Map.of("_csrf", login.select("input[name=_csrf]").val(),
                "username", username, "password", password));
        assertThat(signedIn.getRedirectedUrl()).as(username + " signs in").doesNotContain("/login");
        return browser;
    }

    MockHttpServletResponse get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(URI.create(url)));
    }

    MockHttpServletResponse post(String url, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(url));
        params.forEach(request::param);
        return perform(request);
    }

    /** A post whose fields may repeat, as a browser sends a form. */
    MockHttpServletResponse post(String url, List<Map.Entry<String, String>> params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(url));
        params.forEach(param -> request.param(param.getKey(), param.getValue()));
        return perform(request);
    }

    /** The page's CSRF token, for a post built by hand. */
    String csrf(String pageUrl) throws Exception {
        return page(get(pageUrl)).select("input[name=_csrf]").val();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
