package com.jixiao.report.export;

import com.jixiao.JixiaoApplication;
import com.jixiao.department.Department;
import com.jixiao.report.SummaryService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: fills a database with N projects × 15 indicator rows (year 2030) and
 * times the annual score table export (.xlsx and projects .csv) through the real services,
 * sampling the used heap. Run with a small heap to show memory stays flat:
 * {@code bench/run-export-benchmark.sh 50000} (java -Xmx256m …). Uses SPRING_DATASOURCE_URL if
 * set, else a throw-away embedded PostgreSQL.
 */
public final class ExportBenchmark {

    private static final int YEAR = 2030;
    private static final int PROJECTS_PER_DEPARTMENT = 1000;

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String url = System.getenv("SPRING_DATASOURCE_URL");
        EmbeddedPostgres embedded = null;
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "jixiao.seed.load=false",
                        "logging.level.root=WARN")
                .run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            generate(jdbc, projects);
            System.out.printf("generated %d projects, %d indicator rows in %.1f s%n",
                    jdbc.queryForObject("select count(*) from project where fiscal_year = " + YEAR, Long.class),
                    jdbc.queryForObject("select count(*) from indicator where level = 3", Long.class),
                    seconds(started));

            SummaryService summaries = context.getBean(SummaryService.class);
            List<Long> ids = summaries.departmentsOf("all").stream().map(Department::getId).toList();
            Path dir = Files.createDirectories(Path.of("target/bench"));

            HeapSampler xlsxHeap = HeapSampler.begin();
            started = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("scores.xlsx")));
                 ScoreTableXlsx table = new ScoreTableXlsx(YEAR)) {
                summaries.streamAnnual(YEAR, ids, table::write);
                table.finish(out);
            }
            report("xlsx", started, xlsxHeap.finish(), dir.resolve("scores.xlsx"));

            HeapSampler csvHeap = HeapSampler.begin();
            started = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("scores.csv")))) {
                ScoreTableCsv<com.jixiao.report.SummaryLine> csv = ScoreTableCsv.projects(out);
                summaries.streamAnnual(YEAR, ids, lines -> {
                    csv.write(lines);
                    csv.flush();
                });
            }
            report("csv ", started, csvHeap.finish(), dir.resolve("scores.csv"));
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void report(String what, long started, long peakBytes, Path file) throws Exception {
        System.out.printf("%s export: %.1f s, peak used heap %d MB (garbage included), live heap after the last GC %d MB"
                        + " (max heap %d MB), file %d MB%n", what, seconds(started), peakBytes >> 20,
                liveAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(file) >> 20);
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap the collector left after its most recent collection: roughly what the export keeps alive. */
    private static long liveAfterGc() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Server-side generation (INSERT … SELECT generate_series): one statement per table, no round trips per row. */
    private static void generate(JdbcTemplate jdbc, int projects) {
        int departments = Math.max(1, (projects + PROJECTS_PER_DEPARTMENT - 1) / PROJECTS_PER_DEPARTMENT);
        jdbc.update("insert into department (name) select '基准部门' || g from generate_series(1, ?) g", departments);
        jdbc.update("""
                insert into project (department_id, fiscal_year, seq, code, name, using_office_name, contact)
                select d.id, ?, g, 'BENCH' || d.id || '-' || g, '基准项目' || d.id || '-' || g, '办公室', '联系人 0314-1234567'
                from department d cross join generate_series(1, ?) g
                where d.name like '基准部门%' and (d.id - (select min(id) from department where name like '基准部门%')) * ? + g <= ?
                """, YEAR, PROJECTS_PER_DEPARTMENT, PROJECTS_PER_DEPARTMENT, projects);
        jdbc.update("""
                insert into score_sheet (project_id, title, status, funds_weight, funds_entered_score,
                    expected_goal, actual_result, entered_total_weight, entered_total)
                select id, name || '项目支出绩效自评表', 'SUBMITTED', 10, 9.18, '完成年度建设任务', '已完成', 100, 95.5
                from project where fiscal_year = ?
                """, YEAR);
        jdbc.update("""
                insert into funds_line (sheet_id, kind, initial_budget, annual_budget, executed)
                select s.id, k.kind, k.initial, k.annual, k.executed
                from score_sheet s join project p on p.id = s.project_id
                cross join (values ('TOTAL', 100.123456, 120.5, 110.654321), ('APPROPRIATION', 100.123456, 120.5, 110.654321),
                                   ('CARRY_OVER', null, null, null), ('OTHER', null, null, null))
                      as k(kind, initial, annual, executed)
                where p.fiscal_year = ?
                """, YEAR);
        jdbc.update("""
                insert into indicator (sheet_id, parent_id, level, position, name, weight)
                select s.id, null, 1, v.pos, v.name, v.weight
                from score_sheet s join project p on p.id = s.project_id
                cross join (values (0, '产出指标', 50), (1, '效益指标', 30), (2, '满意度指标', 10)) as v(pos, name, weight)
                where p.fiscal_year = ?
                """, YEAR);
        jdbc.update("""
                insert into indicator (sheet_id, parent_id, level, position, name)
                select l1.sheet_id, l1.id, 2, v.pos, v.name
                from indicator l1 join score_sheet s on s.id = l1.sheet_id join project p on p.id = s.project_id
                join (values (0, 0, '数量指标'), (0, 1, '质量指标'), (0, 2, '时效指标'), (0, 3, '成本指标'),
                             (1, 0, '社会效益指标'), (1, 1, '可持续影响指标'), (2, 0, '服务对象满意度指标'))
                     as v(parent, pos, name) on v.parent = l1.position
                where l1.level = 1 and p.fiscal_year = ?
                """, YEAR);
        jdbc.update("""
                insert into indicator (sheet_id, parent_id, level, position, name, weight, target_text, actual_text,
                    entered_score, deviation_note)
                select l2.sheet_id, l2.id, 3, v.pos, v.name, v.weight, v.target, v.actual, v.score, v.note
                from indicator l2 join indicator l1 on l1.id = l2.parent_id
                join score_sheet s on s.id = l2.sheet_id join project p on p.id = s.project_id
                join (values
                    (0, 0, 0, '警务站建设数量', 7, '2个', '2个', 7, null),
                    (0, 0, 1, '设备购置数量', 7, '≥10台', '9台', 6.3, '供货延迟，已督促'),
                    (0, 0, 2, '培训人次', 6, '≥100人次', '120人次', 6, null),
                    (0, 1, 0, '设备投入使用率', 5, '≥98%', '100%', 5, null),
                    (0, 1, 1, '故障率', 5, '≤5%', '3%', 5, null),
                    (0, 1, 2, '验收合格率', 5, '=100%', '100%', 5, null),
                    (0, 2, 0, '完成时间', 5, '2030年12月底', '2030年11月', 5, null),
                    (0, 2, 1, '支付及时率', 5, '≥95%', '90%', 4.74, '财政资金到位晚'),
                    (0, 3, 0, '总成本', 5, '小于58万', '57.888万', 5, null),
                    (1, 0, 0, '办案效率提高率', 10, '≥10%', '12%', 10, null),
                    (1, 0, 1, '社会稳定水平', 10, '有效提升', '达成年度指标', 9, null),
                    (1, 1, 0, '项目持续发挥作用', 5, '3年', '3年', 5, null),
                    (1, 1, 1, '保证工作效率', 5, '≥98%', '100%', 5, null),
                    (2, 0, 0, '办案民警满意度', 5, '≥85%', '100%', 5, null),
                    (2, 0, 1, '群众满意度', 5, '≥90%', '95%', 5, null))
                     as v(l1, l2, pos, name, weight, target, actual, score, note)
                  on v.l1 = l1.position and v.l2 = l2.position
                where l2.level = 2 and p.fiscal_year = ?
                """, YEAR);
        jdbc.execute("analyze");
    }

    /** Samples the used heap every 20 ms: the peak a real export reaches, garbage included. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        static HeapSampler begin() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak.get();
        }
    }
}
