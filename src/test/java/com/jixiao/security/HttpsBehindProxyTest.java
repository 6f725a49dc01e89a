package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reverse-proxy case of the README: with {@code server.forward-headers-strategy=native} the application
 * trusts X-Forwarded-Proto from a proxy on an internal address (here the test itself on 127.0.0.1), so that
 * behind HTTPS the session cookie is Secure and HSTS is sent; a plain-HTTP request still gets neither. Its own
 * application context (the setting is fixed at start-up), on the shared test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.seed.load=false", "jixiao.demo-users=true", "server.forward-headers-strategy=native"})
class HttpsBehindProxyTest {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    HttpResponse<String> login(String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto).header("X-Forwarded-For", "203.0.113.5");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> https = login("https");
        // Before the fix the cookie never got Secure, even behind HTTPS.
        assertThat(https.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
        assertThat(https.headers().firstValue("Strict-Transport-Security").orElseThrow()).startsWith("max-age=");

        HttpResponse<String> http = login(null);
        assertThat(http.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContainIgnoringCase("Secure");
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
