package com.jixiao.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class ScoreApiTest extends IntegrationTest {

    @Autowired MockMvc mvc;

    ResultActions score(String json) throws Exception {
        return mvc.perform(post("/api/v1/score").with(httpBasic("officer", "jixiao-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void withoutCredentialsTheApiAnswersJson401() throws Exception {
        mvc.perform(post("/api/v1/score").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    /** 机关所站运转专项 as printed: funds 58.762315 of 79 with 7 points, a row ≥80% vs 70% scored 7. */
    @Test
    void scoresASheetAndReturnsNumbersAndFindings() throws Exception {
        score("""
                {"funds": {"initialBudget": 79, "annualBudget": 79, "executed": 58.762315, "weight": 10, "enteredScore": 7},
                 "indicators": [
                   {"level1": "产出指标", "level1Weight": 50, "level2": "数量指标", "level3": "服务对象满意度",
                    "target": "≥80%", "actual": "70%", "weight": 10, "enteredScore": 7},
                   {"level1": "产出指标", "level2": "质量指标", "level3": "办公设施达标率",
                    "target": "≥98%", "actual": "98%", "weight": 40, "enteredScore": 40},
                   {"level1": "效益指标", "level1Weight": 30, "level2": "社会效益指标", "level3": "履行职责水平",
                    "target": "≥98%", "actual": "100%", "weight": 30},
                   {"level1": "满意度指标", "level1Weight": 10, "level2": "服务对象满意度指标", "level3": "民警满意度",
                    "target": "≥98%", "actual": "70%", "weight": 10, "enteredScore": 7}
                 ],
                 "enteredTotal": 74, "enteredGrade": "优秀"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.funds.score").value(7.44))
                .andExpect(jsonPath("$.indicators[0].score").value(8.75))
                .andExpect(jsonPath("$.indicators[0].kind").value("POSITIVE"))
                .andExpect(jsonPath("$.indicators[3].score").value(7.14))
                .andExpect(jsonPath("$.subtotals['产出指标']").value(48.75))
                .andExpect(jsonPath("$.total").value(93.33))
                .andExpect(jsonPath("$.grade").value("优"))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("FUNDS_SCORE_MISMATCH")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("SCORE_MISMATCH")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("SCORE_MISSING")))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("GRADE_MISMATCH")));
    }

    @Test
    void anEmptySheetIsScoredWithFindingsNotAnError() throws Exception {
        score("{}").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aBadNumberIsA400NamingTheField() throws Exception {
        score("""
                {"funds": {"annualBudget": 79, "executed": "五十八"}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("funds.executed"))
                .andExpect(jsonPath("$.message").value(containsString("funds.executed")));
        score("""
                {"indicators": [{"level1": "产出指标", "weight": 10}, {"level1": "产出指标", "weight": "x"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("indicators[1].weight"));
    }

    @Test
    void brokenJsonAndUnknownProfileAre400s() throws Exception {
        score("{\"funds\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("JSON")));
        score("{\"profile\": \"mars\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("profile"));
        score("{\"indicators\": [{\"answer\": \"maybe\"}]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("indicators[0].answer"));
    }
}
