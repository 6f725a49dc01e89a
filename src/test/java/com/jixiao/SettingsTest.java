package com.jixiao;

import com.jixiao.audit.AuditProperties;
import com.jixiao.common.db.DatabaseRoleProperties;
import com.jixiao.common.db.EmbeddedDatabaseProperties;
import com.jixiao.common.format.TimeZoneProperties;
import com.jixiao.demo.SeedProperties;
import com.jixiao.demo.generator.GeneratorProperties;
import com.jixiao.report.SummaryProperties;
import com.jixiao.report.print.PdfProperties;
import com.jixiao.security.AccountProperties;
import com.jixiao.security.SignInProperties;
import com.jixiao.sheet.edit.AutosaveProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jixiao's settings are bound, checked at start and documented once: these are the records the application binds
 * (found by {@code @ConfigurationPropertiesScan}), run through Spring's own binder and validator.
 */
class SettingsTest {

    @Configuration
    @EnableConfigurationProperties({TimeZoneProperties.class, EmbeddedDatabaseProperties.class,
            DatabaseRoleProperties.class, AccountProperties.class, AuditProperties.class, SummaryProperties.class,
            PdfProperties.class, SeedProperties.class, GeneratorProperties.class,
            SignInProperties.class, AutosaveProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void defaultsAreTheDocumentedOnes() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TimeZoneProperties.class).timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(context.getBean(EmbeddedDatabaseProperties.class).port()).isZero();
            assertThat(context.getBean(EmbeddedDatabaseProperties.class).directory()).isEqualTo(Path.of("data/pg"));
            assertThat(context.getBean(AuditProperties.class).keyFile()).isEqualTo(Path.of("data/audit-hmac.key"));
            assertThat(context.getBean(AccountProperties.class).demoUsers()).isFalse();
            assertThat(context.getBean(AccountProperties.class).bootstrapAdmin().username()).isEmpty();
            assertThat(context.getBean(SummaryProperties.class).rowsCacheMb()).isEqualTo(32);
            assertThat(context.getBean(SeedProperties.class).load()).isEqualTo(SeedProperties.Load.AUTO);
            assertThat(context.getBean(DatabaseRoleProperties.class).allowPrivilegedRole()).isFalse();
            assertThat(context.getBean(SignInProperties.class).maxWait()).isEqualTo(Duration.ofSeconds(20));
            assertThat(context.getBean(SignInProperties.class).concurrency()).isZero();
            assertThat(context.getBean(AutosaveProperties.class).autosaveInterval()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void environmentVariableNamesBind() {
        runner.withPropertyValues("jixiao.seed.load=true", "jixiao.audit.keyfile=/tmp/k", "jixiao.time-zone=Asia/Urumqi",
                        "jixiao.bootstrap-admin.username=chief")
                .run(context -> {
                    assertThat(context.getBean(SeedProperties.class).load()).isEqualTo(SeedProperties.Load.TRUE);
                    assertThat(context.getBean(AuditProperties.class).keyFile()).isEqualTo(Path.of("/tmp/k"));
                    assertThat(context.getBean(TimeZoneProperties.class).timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
                    assertThat(context.getBean(AccountProperties.class).bootstrapAdmin().username()).isEqualTo("chief");
                });
    }

    @Test
    void wrongValuesStopTheStartNamingTheSetting() {
        runner.withPropertyValues("jixiao.time-zone=China/Beijing").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao").hasStackTraceContaining("time-zone"));
        runner.withPropertyValues("jixiao.embedded-db.port=70000").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao.embedded-db.port"));
        runner.withPropertyValues("jixiao.summary.annual-list-limit=0").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao.summary.annual-list-limit"));
        runner.withPropertyValues("jixiao.sign-in.max-wait=0s").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao.sign-in"));
        runner.withPropertyValues("jixiao.editor.autosave-interval=0s").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao.editor.autosave-interval"));
        runner.withPropertyValues("jixiao.seed.load=sometimes").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("jixiao.seed.load"));
    }

    @Test
    void passwordsAndKeysAreNotPrintedWithTheSettings() {
        runner.withPropertyValues("jixiao.audit.key=c2VjcmV0LWtleS1iYXNlNjQ=", "jixiao.bootstrap-admin.password=Geheim-123")
                .run(context -> {
                    assertThat(context.getBean(AuditProperties.class).toString()).doesNotContain("c2VjcmV0");
                    assertThat(context.getBean(AccountProperties.class).toString()).doesNotContain("Geheim");
                });
    }

    /** Every setting the processor found in the records is in the README's table, and nothing there is invented. */
    @Test
    void everySettingIsInTheReadme() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor output").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Settings"), readme.indexOf("\n## ", readme.indexOf("## Settings") + 3));
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            if (!name.startsWith("jixiao.")) {
                continue;
            }
            names.add(name);
            String last = name.substring(name.lastIndexOf('.'));
            if (!table.contains("`" + name + "`") && !table.contains("`" + last + "`")) {
                missing.add(name);
            }
        }
        assertThat(names).contains("jixiao.time-zone", "jixiao.audit.key-file", "jixiao.embedded-db.port");
        assertThat(missing).as("settings missing from README ## Settings").isEmpty();
    }
}
