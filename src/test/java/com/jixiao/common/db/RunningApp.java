package com.jixiao.common.db;

import com.jixiao.JixiaoApplication;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jixiao started as a newcomer starts it — no datasource URL, so on its own embedded PostgreSQL
 * in a data folder of the test's — on a random port, with a browser-like HTTP client (cookies, CSRF
 * token from the page, no redirects followed) that goes through the real Tomcat and filters.
 */
final class RunningApp implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final ConfigurableApplicationContext context;
    final Path folder;

    private RunningApp(ConfigurableApplicationContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    static RunningApp start(Path folder, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--jixiao.embedded-db.directory=" + folder.resolve("pg"),
                "--jixiao.audit.key-file=" + folder.resolve("audit-hmac.key"),
                // The 示例部门 and its officer2 come with demo mode; the seed report is not needed here.
                "--jixiao.seed.load=false", "--logging.level.root=warn"));
        arguments.addAll(List.of(extraArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                .run(arguments.toArray(String[]::new));
        return new RunningApp(context, folder);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    int databasePort() {
        return context.getBean(EmbeddedPostgresConfiguration.EmbeddedDatabase.class).port();
    }

    Browser browser() {
        return new Browser("http://localhost:" + port());
    }

    @Override
    public void close() {
        context.close();
    }

    static final class Browser {
        private final String base;
        private final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> getApi(String path, String username, String password)
                throws IOException, InterruptedException {
            String basic = java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of a form page. */
        String csrf(String path) throws IOException, InterruptedException {
            Matcher matcher = CSRF.matcher(get(path).body());
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF token on " + path);
            }
            return matcher.group(1);
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            return post("/login", Map.of("username", username, "password", password, "_csrf", csrf("/login")));
        }
    }
}
