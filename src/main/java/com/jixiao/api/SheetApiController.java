package com.jixiao.api;

import com.jixiao.api.BoundedNumberJson.Money;
import com.jixiao.api.BoundedNumberJson.Score;
import com.jixiao.api.BoundedNumberJson.Weight;
import com.jixiao.imports.ImportedSheet;
import com.jixiao.imports.SheetWriter;
import com.jixiao.imports.StoredSheets;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import com.jixiao.sheet.edit.EditorService;
import com.jixiao.sheet.workflow.SheetWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A 自评表 as JSON in the shape of the import preview, with its version: read by anyone who may see it, written
 * as a draft by its department's 填报人 through the editor's own save (same checks and audit), and submitted
 * through the workflow.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "自评表", description = "附1 项目支出绩效自评表")
class SheetApiController {

    private final SheetService sheets;
    private final SheetWriter writer;
    private final SheetWorkflow workflow;
    private final EditorService editor;

    record SheetJson(Long id, Long version, String status, String project, Integer year, String department,
                     String implementingUnit, String amountsIn, ImportedSheet.Funds funds, ImportedSheet.Goal goal,
                     List<ImportedSheet.Indicator> indicators, BigDecimal enteredTotal, ScoreResponse score,
                     String code, String supervisingUnit) {
    }

    /** Body of PUT: the sheet's entered values and the version read; amounts in 万元. */
    record SheetRequest(Long version, Funds funds, ImportedSheet.Goal goal, List<IndicatorJson> indicators) {
    }

    record Funds(@JsonDeserialize(using = Money.class) BigDecimal initialBudget,
                 @JsonDeserialize(using = Money.class) BigDecimal annualBudget,
                 @JsonDeserialize(using = Money.class) BigDecimal executed,
                 @JsonDeserialize(using = Weight.class) BigDecimal weight,
                 @JsonDeserialize(using = Score.class) BigDecimal enteredScore, List<FundsRow> rows) {
    }

    record FundsRow(String kind, @JsonDeserialize(using = Money.class) BigDecimal initialBudget,
                    @JsonDeserialize(using = Money.class) BigDecimal annualBudget,
                    @JsonDeserialize(using = Money.class) BigDecimal executed) {
    }

    record SubmitRequest(Long version) {
    }

    @Operation(summary = "为项目新建自评表", description = "按评价模板（template：default、county-20-80、with-cost、"
            + "no-satisfaction）新建草稿；项目已有自评表时返回已有的那张。")
    @PostMapping(path = "/api/v1/projects/{projectId}/sheet", produces = "application/json")
    ResponseEntity<SheetJson> create(@PathVariable Long projectId,
                                     @RequestParam(required = false, defaultValue = "default") String template) {
        Long id = editor.createFromTemplate(projectId, template);
        return ResponseEntity.status(HttpStatus.CREATED).body(json(sheets.page(id)));
    }

    @Operation(summary = "读取自评表")
    @GetMapping(path = "/api/v1/sheets/{id}", produces = "application/json")
    SheetJson get(@PathVariable Long id) {
        return json(sheets.page(id));
    }

    @Operation(summary = "保存自评表草稿", description = "以请求中的内容替换草稿的资金、目标和全部三级指标；须带上读取时的 version，"
            + "他人已修改返回 409，已提交或已审核的自评表返回 409。")
    @PutMapping(path = "/api/v1/sheets/{id}", consumes = "application/json", produces = "application/json")
    SheetJson put(@PathVariable Long id, @RequestBody SheetRequest request) {
        if (request.version() == null) {
            throw new ApiBadRequestException("version", "请带上读取自评表时得到的 version（用于防止覆盖他人的修改）。");
        }
        writer.write(id, request.version(), imported(request), "自评表 #" + id);
        return json(sheets.page(id));
    }

    @Operation(summary = "提交送审", description = "与页面上的“提交送审”相同：只有完整的自评表可以提交。")
    @PostMapping(path = "/api/v1/sheets/{id}/submit", consumes = "application/json", produces = "application/json")
    SheetJson submit(@PathVariable Long id, @RequestBody SubmitRequest request) {
        if (request.version() == null) {
            throw new ApiBadRequestException("version", "请带上读取自评表时得到的 version。");
        }
        workflow.submit(id, request.version());
        return json(sheets.page(id));
    }

    private static ImportedSheet imported(SheetRequest request) {
        Funds f = request.funds();
        ImportedSheet.Funds funds = f == null ? null : new ImportedSheet.Funds(f.initialBudget(), f.annualBudget(),
                f.executed(), f.weight(), f.enteredScore(), f.rows() == null ? List.of() : f.rows().stream()
                .map(row -> new ImportedSheet.FundsRow(row.kind(), row.initialBudget(), row.annualBudget(),
                        row.executed())).toList());
        List<ImportedSheet.Indicator> rows = request.indicators() == null ? List.of() : request.indicators().stream()
                .map(row -> Objects.requireNonNullElse(row, IndicatorJson.EMPTY).imported()).toList();
        return new ImportedSheet(null, null, null, null, null, null, null, "万元", funds, request.goal(), rows, null,
                List.of());
    }

    private static SheetJson json(SheetPage page) {
        ImportedSheet s = StoredSheets.of(page);
        return new SheetJson(page.sheet().getId(), page.sheet().getVersion(), page.sheet().getStatus().name(),
                s.project(), s.year(), s.department(), s.implementingUnit(), s.amountsIn(), s.funds(), s.goal(),
                s.indicators(), s.enteredTotal(), ScoreResponse.of(page.scored().result()), s.code(),
                s.supervisingUnit());
    }
}
