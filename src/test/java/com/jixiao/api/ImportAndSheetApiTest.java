package com.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.imports.ApiFiles;
import com.jixiao.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The API v1 of issue 15: import preview, projects and sheets, with scope, locking and JSON errors. */
class ImportAndSheetApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    ResultActions preview(String user, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/imports/preview").file(new MockMultipartFile("file", name,
                "application/octet-stream", bytes)).with(httpBasic(user, "jixiao-demo")));
    }

    ResultActions json(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "jixiao-demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void previewAnswersTheSheetsScoredAndStoresNothing() throws Exception {
        int staged = jdbc.queryForObject("select count(*) from import_upload", Integer.class);
        int projects = jdbc.queryForObject("select count(*) from project", Integer.class);
        preview("auditor", "附1.xlsx", ApiFiles.splitWorkbook())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sheets.length()").value(ApiFiles.SEED_SHEETS))
                .andExpect(jsonPath("$.sheets[0].project").value(ApiFiles.firstProject()))
                .andExpect(jsonPath("$.sheets[0].year").value(2021))
                .andExpect(jsonPath("$.sheets[0].amountsIn").value("万元"))
                .andExpect(jsonPath("$.sheets[0].funds.annualBudget").isNumber())
                .andExpect(jsonPath("$.sheets[0].indicators[0].level1").value("产出指标"))
                .andExpect(jsonPath("$.sheets[0].indicators[1].target").value(ApiFiles.firstSheetTarget(1)))
                .andExpect(jsonPath("$.sheets[0].score.total").isNumber())
                .andExpect(jsonPath("$.sheets[0].score.grade").isString())
                .andExpect(jsonPath("$.sheets[0].problems.length()").value(0))
                .andExpect(jsonPath("$.problems.length()").value(0));
        assertThat(jdbc.queryForObject("select count(*) from import_upload", Integer.class)).isEqualTo(staged);
        assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).isEqualTo(projects);
    }

    @Test
    void aFileThatIsNoAnnexIs422AndAMissingFileIs400() throws Exception {
        preview("officer", "x.docx", "不是文件".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("notAnAnnex"))
                .andExpect(jsonPath("$.message").value("文件不是 Excel（.xlsx）或 Word（.docx）文件，无法读取附1。"));
        preview("officer", "x.xlsx", ApiFiles.notAnAnnex())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message", containsString("文件中没有找到附1")));
        mvc.perform(post("/api/v1/imports/preview").with(httpBasic("officer", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.message").isString());
        preview("officer", "big.xlsx", new byte[10 * 1024 * 1024 + 1])
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("tooLarge"));
    }

    /** Over Spring's multipart limit the request never reaches the controller: still a JSON 413 through Tomcat. */
    @Test
    void anUploadAboveTheMultipartLimitIsAJson413OverRealHttp() throws Exception {
        String boundary = "----jixiao" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bodyBytes = new byte[head.length + 13 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, bodyBytes, 0, head.length);
        System.arraycopy(tail, 0, bodyBytes, bodyBytes.length - tail.length, tail.length);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports/preview"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "officer:jixiao-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodyBytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("文件过大");
    }

    @Test
    void projectsAreCreatedReadAndUpdatedWithTheirVersionAndScope() throws Exception {
        long department = jdbc.queryForObject("select department_id from app_user "
                + "where username = 'officer'", Long.class);
        String name = "接口项目" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = body(json("officer", post("/api/v1/projects"),
                "{\"departmentId\": " + department + ", \"fiscalYear\": 2033, \"name\": \"" + name + "\"}")
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        mvc.perform(get("/api/v1/projects/" + id).with(httpBasic("officer", "jixiao-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/api/v1/projects?year=2033&q=" + name).with(httpBasic("officer", "jixiao-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));

        json("officer", put("/api/v1/projects/" + id), "{\"version\": " + version + ", \"departmentId\": " + department
                + ", \"fiscalYear\": 2033, \"name\": \"" + name + "（改）\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + "（改）"));
        json("officer", put("/api/v1/projects/" + id), "{\"version\": " + version + ", \"departmentId\": " + department
                + ", \"fiscalYear\": 2033, \"name\": \"" + name + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("conflict"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PROJECT_UPDATE' "
                + "and entity_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);

        // Another department's officer: as on the pages, the project does not exist for them.
        mvc.perform(get("/api/v1/projects/" + id).with(httpBasic("officer2", "jixiao-demo")))
                .andExpect(status().isNotFound());
        json("officer2", post("/api/v1/projects"), "{\"departmentId\": " + department
                + ", \"fiscalYear\": 2033, \"name\": \"越权\"}").andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select count(*) from project where name = '越权'", Integer.class)).isZero();

        json("officer", post("/api/v1/projects"), "{\"departmentId\": " + department + ", \"fiscalYear\": 2033}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.message").value("请填写项目名称"));
        json("officer", post("/api/v1/projects"), "{\"departmentId\": ")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("badJson"))
                .andExpect(jsonPath("$.message").value("请求体不是有效的 JSON。"));
    }

    /**
     * A sheet through the API end to end: a project and a draft, the preview's JSON of a seed 附1 put into it, a
     * stale version refused, other departments kept out, submitted, then locked.
     */
    @Test
    void aSheetIsWrittenFromThePreviewJsonThenSubmittedAndLocked() throws Exception {
        long department = jdbc.queryForObject("select department_id from app_user "
                + "where username = 'officer'", Long.class);
        String name = "接口自评表" + UUID.randomUUID().toString().substring(0, 8);
        long project = body(json("officer", post("/api/v1/projects"), "{\"departmentId\": " + department
                + ", \"fiscalYear\": 2034, \"name\": \"" + name + "\"}")).get("id").asLong();
        JsonNode sheet = body(mvc.perform(post("/api/v1/projects/" + project + "/sheet")
                .with(httpBasic("officer", "jixiao-demo"))).andExpect(status().isCreated()));
        long id = sheet.get("id").asLong();
        assertThat(sheet.get("status").asString()).isEqualTo("DRAFT");

        ObjectNode read = (ObjectNode) body(preview("officer", "附1.xlsx", ApiFiles.completeSheet())).get("sheets").get(0);
        read.put("version", sheet.get("version").asLong());
        JsonNode saved = body(json("officer", put("/api/v1/sheets/" + id), read.toString()).andExpect(status().isOk()));
        assertThat(saved.get("indicators").size()).isEqualTo(read.get("indicators").size());
        assertThat(saved.get("goal").get("expected").asString()).isEqualTo(read.get("goal").get("expected").asString());
        // The editor stores 年度资金总额 as the sum of its rows (this seed sheet prints 100 over rows of 82.73).
        assertThat(saved.get("funds").get("rows").get(0).get("annualBudget").decimalValue())
                .isEqualByComparingTo(read.get("funds").get("rows").get(0).get("annualBudget").decimalValue());
        assertThat(saved.get("version").asLong()).isGreaterThan(sheet.get("version").asLong());

        json("officer", put("/api/v1/sheets/" + id), read.toString())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("conflict"));
        mvc.perform(get("/api/v1/sheets/" + id).with(httpBasic("officer2", "jixiao-demo"))).andExpect(status().isNotFound());
        read.put("version", saved.get("version").asLong());
        json("officer2", put("/api/v1/sheets/" + id), read.toString()).andExpect(status().isNotFound());
        json("head", put("/api/v1/sheets/" + id), read.toString()).andExpect(status().isForbidden());

        ObjectNode bad = read.deepCopy();
        ((ObjectNode) bad.get("indicators").get(0)).put("weight", "九十");
        json("officer", put("/api/v1/sheets/" + id), bad.toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("indicators[0].weight"))
                .andExpect(jsonPath("$.code").value("badValue"));

        // Qualitative rows need an answer chosen in the editor before 送审: an incomplete sheet is refused in Chinese.
        json("officer", post("/api/v1/sheets/" + id + "/submit"), "{\"version\": " + saved.get("version").asLong() + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("refused"))
                .andExpect(jsonPath("$.message", containsString("自评表还不能提交")));
        long complete = body(json("officer", put("/api/v1/sheets/" + id), """
                {"version": VERSION,
                 "funds": {"weight": 10, "rows": [{"kind": "APPROPRIATION", "initialBudget": 100, "annualBudget": 100,
                           "executed": 100}]},
                 "goal": {"expected": "建成警务站 10 个", "actual": "建成 10 个"},
                 "indicators": [
                   {"level1": "产出指标", "level1Weight": 50, "level2": "数量指标", "level3": "警务站建设数量",
                    "target": "≥10个", "actual": "10个", "weight": 50},
                   {"level1": "效益指标", "level1Weight": 30, "level2": "社会效益指标", "level3": "群众求助响应率",
                    "target": "≥90%", "actual": "95%", "weight": 30},
                   {"level1": "满意度指标", "level1Weight": 10, "level2": "服务对象满意度指标", "level3": "群众满意度",
                    "target": "≥90%", "actual": "95%", "weight": 10}]}
                """.replace("VERSION", String.valueOf(saved.get("version").asLong()))).andExpect(status().isOk()))
                .get("version").asLong();
        json("officer", post("/api/v1/sheets/" + id + "/submit"), "{\"version\": " + complete + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.score.total").value(100.0));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SHEET_SUBMIT' and entity_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
        long submitted = body(mvc.perform(get("/api/v1/sheets/" + id).with(httpBasic("head", "jixiao-demo")))
                .andExpect(status().isOk())).get("version").asLong();
        read.put("version", submitted);
        json("officer", put("/api/v1/sheets/" + id), read.toString())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("locked"));
    }

    @Test
    void aQualitativeRowsAnswerIsWrittenReadBackAndKeptWhenTheReadSheetIsPutAgain() throws Exception {
        long department = jdbc.queryForObject("select department_id from app_user where username = 'officer'", Long.class);
        long project = body(json("officer", post("/api/v1/projects"), "{\"departmentId\": " + department
                + ", \"fiscalYear\": 2035, \"name\": \"定性接口" + UUID.randomUUID().toString().substring(0, 8) + "\"}"))
                .get("id").asLong();
        JsonNode created = body(mvc.perform(post("/api/v1/projects/" + project + "/sheet")
                .with(httpBasic("officer", "jixiao-demo"))).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        String sheet = """
                {"version": VERSION,
                 "funds": {"weight": 10, "rows": [{"kind": "APPROPRIATION", "initialBudget": 100, "annualBudget": 100,
                           "executed": 100}]},
                 "goal": {"expected": "提升群众安全感", "actual": "群众安全感提升"},
                 "indicators": [
                   {"level1": "产出指标", "level1Weight": 50, "level2": "数量指标", "level3": "警务站建设数量",
                    "target": "≥10个", "actual": "10个", "weight": 50},
                   {"level1": "效益指标", "level1Weight": 30, "level2": "社会效益指标", "level3": "群众安全感",
                    "target": "有效提升", "actual": "明显提升", "weight": 30, "enteredScore": 30, "answer": "ANSWER"},
                   {"level1": "满意度指标", "level1Weight": 10, "level2": "服务对象满意度指标", "level3": "群众满意度",
                    "target": "≥90%", "actual": "95%", "weight": 10}]}
                """;
        json("officer", put("/api/v1/sheets/" + id), sheet.replace("VERSION", created.get("version").asString())
                .replace("ANSWER", "大概达成")).andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.message", containsString("请选择达成情况")));
        // The Chinese label is accepted as the editor's code; GET answers the code.
        JsonNode saved = body(json("officer", put("/api/v1/sheets/" + id), sheet
                .replace("VERSION", created.get("version").asString()).replace("ANSWER", "达成年度指标"))
                .andExpect(status().isOk()));
        assertThat(saved.get("indicators").get(1).get("answer").asString()).isEqualTo("ACHIEVED");
        assertThat(jdbc.queryForObject("select qualitative_answer from indicator where sheet_id = ? and level = 3 "
                + "and name = '群众安全感'", String.class, id)).isEqualTo("ACHIEVED");

        // What GET answers can be PUT back unchanged: the answer survives, so the sheet stays complete and submits.
        ObjectNode again = (ObjectNode) saved.deepCopy();
        JsonNode resaved = body(json("officer", put("/api/v1/sheets/" + id), again.toString()).andExpect(status().isOk()));
        assertThat(resaved.get("indicators").get(1).get("answer").asString()).isEqualTo("ACHIEVED");
        json("officer", post("/api/v1/sheets/" + id + "/submit"), "{\"version\": " + resaved.get("version").asLong() + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void theOpenApiDescriptionIsServedAtApiDocs() throws Exception {
        mvc.perform(get("/api/docs").with(httpBasic("officer", "jixiao-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").isString())
                .andExpect(jsonPath("$.paths['/api/v1/imports/preview']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sheets/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/projects']").exists());
    }
}
