package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.jixiao.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Redirects never take their host from the request, HSTS only over HTTPS, and without
 * server.forward-headers-strategy a client's X-Forwarded-Proto is ignored (see {@link HttpsBehindProxyTest} for
 * the reverse-proxy case). Real HTTP against Tomcat where Tomcat makes the difference.
 */
class RedirectsAndCookiesTest extends IntegrationTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;

    /** A raw request, because Java's HTTP client refuses to send a Host header of one's choosing. */
    List<String> rawHeaders(String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    @Test
    void aForgedHostHeaderDoesNotChooseWhereTheBrowserGoes() throws Exception {
        List<String> headers = rawHeaders("/projects", "evil.example");
        assertThat(headers.get(0)).contains("302");
        // Before the fix: "Location: http://evil.example/login".
        assertThat(headers).contains("Location: /login").noneMatch(line -> line.contains("evil.example"));

        List<String> root = rawHeaders("/", "evil.example:8443");
        assertThat(root).contains("Location: /login");
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void withoutAForwardHeadersStrategyAForgedProtoIsIgnored() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContainIgnoringCase("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
