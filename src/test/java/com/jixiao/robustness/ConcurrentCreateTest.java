package com.jixiao.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests that arrive at the same moment, released together by a barrier: parallel project creations without a
 * code, and the double click on 新建自评表. Each must succeed (or land on what the first one created), never answer
 * a 500 or a wrong message.
 */
class ConcurrentCreateTest extends IntegrationTest {

    private static final int PARALLEL = 4;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    /** Before: of 4 parallel creations 1–3 got "该项目编码在本年度已被使用" (the 序号 of two collided). */
    @Test
    void parallelProjectCreationsWithoutACodeAllSucceedWithTheirOwnSeq() throws Exception {
        Long department = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        UserDetails officer = users.loadUserByUsername("officer");
        for (int round = 0; round < 3; round++) {
            long before = projects.countByDepartmentIdAndFiscalYear(department, TestSheets.YEAR);
            int r = round;
            List<MockHttpServletResponse> answers = together(i -> post("/projects").with(csrf()).with(user(officer))
                    .param("departmentId", department.toString()).param("fiscalYear", String.valueOf(TestSheets.YEAR))
                    .param("name", "并发新建项目 " + r + "-" + i).param("code", ""));

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
                assertThat(answer.getRedirectedUrl()).matches("/projects/\\d+\\?saved");
            });
            assertThat(projects.countByDepartmentIdAndFiscalYear(department, TestSheets.YEAR))
                    .isEqualTo(before + PARALLEL);
            List<Integer> seqs = answers.stream().map(answer -> projects.findById(Long.valueOf(
                    answer.getRedirectedUrl().replaceAll("\\D", ""))).orElseThrow().getSeq()).toList();
            assertThat(seqs).doesNotHaveDuplicates();
        }
    }

    /** Before: the second POST of a double click answered a 500 (unique score_sheet.project_id). */
    @Test
    void aDoubleClickOnNewSheetCreatesOneSheetAndBothLandOnIt() throws Exception {
        UserDetails officer = users.loadUserByUsername("officer");
        for (int round = 0; round < 3; round++) {
            Long projectId = tx.execute(status -> projects.save(new Project(
                    departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow(), TestSheets.YEAR,
                    800_000 + (int) (System.nanoTime() % 100_000), "双击新建自评表")).getId());

            List<MockHttpServletResponse> answers = together(i -> post("/projects/" + projectId + "/sheet")
                    .with(csrf()).with(user(officer)).param("source", "template").param("templateCode", "default"));

            Long sheetId = sheets.findIdByProjectId(projectId).orElseThrow();
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.getStatus()).isEqualTo(302);
                assertThat(answer.getRedirectedUrl()).isEqualTo("/sheets/" + sheetId + "/edit");
            });
        }
    }

    private interface RequestOf {
        MockHttpServletRequestBuilder request(int i);
    }

    /** Sends {@link #PARALLEL} requests released at the same instant and returns their answers. */
    private List<MockHttpServletResponse> together(RequestOf requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                Callable<MockHttpServletResponse> call = () -> {
                    MockHttpServletRequestBuilder request = requests.request(n);
                    start.await();
                    return mvc.perform(request).andReturn().getResponse();
                };
                futures.add(pool.submit(call));
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
