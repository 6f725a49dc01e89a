package com.jixiao.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Jixiao's own meters, next to the JVM, Tomcat, HikariCP and HTTP ones Spring Boot records; scraped from
 * {@code /actuator/prometheus} (administrators only, see README "Operations"). One place names them all, so
 * the dashboard and this list cannot drift apart. Counters count on the node that did the work: Prometheus
 * sums them over the nodes.
 */
@Component
public class JixiaoMeters {

    private final MeterRegistry registry;
    private final Counter saves;
    private final Counter submissions;
    private final Counter failedSignIns;
    private final Timer scoring;

    public JixiaoMeters(MeterRegistry registry) {
        this.registry = registry;
        this.saves = Counter.builder("jixiao.sheet.saves").description("自评表保存次数（含提交时的保存）")
                .register(registry);
        this.submissions = Counter.builder("jixiao.sheet.submissions").description("自评表提交送审次数")
                .register(registry);
        this.failedSignIns = Counter.builder("jixiao.sign_in.failures")
                .description("登录失败次数（密码错误、用户不存在、已停用、被锁定或限流）").register(registry);
        this.scoring = Timer.builder("jixiao.scoring").description("一张自评表的评分耗时").register(registry);
    }

    public void sheetSaved() {
        saves.increment();
    }

    public void sheetSubmitted() {
        submissions.increment();
    }

    public void signInFailed() {
        failedSignIns.increment();
    }

    public <T> T scoring(Supplier<T> score) {
        return scoring.record(score);
    }

    /** A finished export: its kind (e.g. {@code scores.xlsx}), how long it took and how many rows it wrote. */
    public void exported(String kind, long startNanos, long rows) {
        Timer.builder("jixiao.export").description("导出耗时").tag("kind", kind).register(registry)
                .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        DistributionSummary.builder("jixiao.export.rows").description("每次导出的行数").tag("kind", kind)
                .register(registry).record(rows);
    }

    /** A verification of the whole audit chain: intact or broken, and how long the walk took. */
    public void auditVerified(boolean intact, long startNanos, long events) {
        Timer.builder("jixiao.audit.verification").description("审计链完整校验耗时")
                .tag("result", intact ? "intact" : "broken").register(registry)
                .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        DistributionSummary.builder("jixiao.audit.verification.events").description("每次校验的审计记录数")
                .register(registry).record(events);
    }
}
