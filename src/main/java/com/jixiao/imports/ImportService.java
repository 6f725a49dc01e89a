package com.jixiao.imports;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.DepartmentAdminService;
import com.jixiao.department.Office;
import com.jixiao.project.ProjectAdminService;
import com.jixiao.project.ProjectForm;
import com.jixiao.project.ProjectListRow;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetResult;
import com.jixiao.security.ScopeGuard;
import com.jixiao.security.UserPrincipal;
import com.jixiao.sheet.edit.EditorService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload → preview → confirm. The preview reads the file and scores each 附1 with the scoring core; the parsed
 * sheets wait server-side (table import_upload, owned by the uploader, expiring) so that the confirmation saves
 * what the preview showed, not what a browser posts back. Confirming creates or updates the projects and their
 * draft sheets through the editor's own services, all in one transaction: every sheet or none.
 *
 * <p>Matching, within the uploader's department only: by 项目编码 in the year, else by name in the year. A sheet
 * that is submitted or approved is never overwritten.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ImportService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Scorer SCORER = new Scorer();

    private final ImportLimits limits;
    private final JdbcTemplate jdbc;
    private final ScopeGuard guard;
    private final ProjectAdminService projects;
    private final DepartmentAdminService departments;
    private final EditorService editor;
    private final SheetWriter writer;
    private final AuditTrail audit;
    private final RuleCatalog rules;

    /** What will happen to one imported sheet on confirmation. */
    public record Plan(ImportedSheet sheet, SheetResult result, int year, Long projectId, Long sheetId,
                       String action, String refusal) {

        public boolean refused() {
            return refusal != null;
        }

        /**
         * The editor stores 年度资金总额 as the sum of the rows under it; where the file's total differs from that sum
         * (the seed prints 100 over rows of 82.73), the user is told before saving.
         */
        public List<String> warnings() {
            ImportedSheet.Funds funds = sheet.funds();
            if (funds == null || funds.rows() == null) {
                return List.of();
            }
            List<String> warnings = new ArrayList<>();
            column("年初预算数", funds.initialBudget(), funds.rows().stream().map(ImportedSheet.FundsRow::initialBudget).toList(), warnings);
            column("全年预算数", funds.annualBudget(), funds.rows().stream().map(ImportedSheet.FundsRow::annualBudget).toList(), warnings);
            column("全年执行数", funds.executed(), funds.rows().stream().map(ImportedSheet.FundsRow::executed).toList(), warnings);
            return warnings;
        }

        private static void column(String label, java.math.BigDecimal total, List<java.math.BigDecimal> rows,
                                   List<String> warnings) {
            java.math.BigDecimal sum = rows.stream().filter(java.util.Objects::nonNull)
                    .reduce(java.math.BigDecimal::add).orElse(null);
            if (total != null && sum != null && total.compareTo(sum) != 0) {
                warnings.add("年度资金总额的" + label + " " + total.stripTrailingZeros().toPlainString()
                        + " 与其下各行之和 " + sum.stripTrailingZeros().toPlainString() + " 不符，保存时以各行之和为准。");
            }
        }
    }

    /** A staged upload with the plan for each of its sheets. */
    public record Preview(UUID id, String fileName, String departmentName, List<Plan> plans,
                          List<ImportedSheet.Problem> problems) {

        public boolean confirmable() {
            return plans.stream().noneMatch(Plan::refused);
        }
    }

    /** Reads and scores a file; stores nothing. */
    public AnnexFile read(String fileName, byte[] bytes) {
        return AnnexFile.read(fileName, bytes, limits);
    }

    /**
     * Scores a sheet read from a file under the rules its department's new sheets take that year (the profile the
     * saved sheet will be scored with); a reader without a department of their own (an auditor trying the API) sees
     * the year's default.
     */
    public SheetResult score(ImportedSheet sheet) {
        return score(sheet, guard.scope().departmentId(), yearOf(sheet));
    }

    private SheetResult score(ImportedSheet sheet, Long departmentId, int year) {
        return SCORER.score(sheet.toInput(), rules.defaultFor(departmentId, year));
    }

    /** The file's year, else last year's (self-evaluation looks back on the year just ended). */
    private static int yearOf(ImportedSheet sheet) {
        return sheet.year() != null ? sheet.year() : Year.now().getValue() - 1;
    }

    /**
     * Reads the file and keeps its sheets for the current officer's department until confirmed or expired.
     *
     * @throws AccessDeniedException for anyone but a department's 填报人
     */
    @Transactional
    public UUID stage(String fileName, byte[] bytes) {
        Long department = ownDepartment();
        AnnexFile file = read(fileName, bytes);
        jdbc.update("delete from import_upload where expires_at < now()");
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.strip();
        jdbc.update("insert into import_upload (id, owner_username, department_id, file_name, parsed, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)", id, username(), department,
                name.length() > 300 ? name.substring(0, 300) : name, JSON.writeValueAsString(file),
                Timestamp.from(Instant.now().plus(limits.stagedHours(), ChronoUnit.HOURS)));
        return id;
    }

    /** @throws NotFoundException when the upload is not the current user's, or has expired */
    public Preview preview(UUID id) {
        Staged staged = staged(id);
        List<Plan> plans = new ArrayList<>();
        for (ImportedSheet sheet : staged.file().sheets()) {
            plans.add(plan(sheet, staged.departmentId()));
        }
        return new Preview(id, staged.file().fileName(), departments.load(staged.departmentId()).getName(), plans,
                staged.file().problems());
    }

    /**
     * Saves every sheet of the upload as a draft, or nothing, and forgets the upload.
     *
     * @return the ids of the saved sheets
     * @throws ImportRefusedException when a sheet may not be saved (submitted, approved, a value out of bounds)
     */
    @Transactional
    public List<Long> confirm(UUID id) {
        Staged staged = staged(id);
        List<String> refusals = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (ImportedSheet sheet : staged.file().sheets()) {
            Plan plan = plan(sheet, staged.departmentId());
            plans.add(plan);
            if (plan.refused()) {
                refusals.add(plan.refusal());
            }
        }
        if (!refusals.isEmpty()) {
            throw new ImportRefusedException(refusals);
        }
        List<Long> saved = new ArrayList<>();
        for (Plan plan : plans) {
            Long projectId = plan.projectId() != null ? plan.projectId() : createProject(plan, staged.departmentId());
            Long sheetId = editor.existingSheetOfVisibleProject(projectId)
                    .orElseGet(() -> editor.createFromTemplate(projectId, SheetWriter.templateFor(plan.sheet())));
            writer.write(sheetId, null, plan.sheet(), "项目“" + plan.sheet().project() + "”");
            saved.add(sheetId);
        }
        jdbc.update("delete from import_upload where id = ?", id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", staged.file().fileName());
        after.put("sheets", saved);
        audit.record(AuditAction.IMPORT_CONFIRM.name(), "ImportUpload", id.toString(), staged.departmentId(), null,
                after);
        return saved;
    }

    private Plan plan(ImportedSheet sheet, Long departmentId) {
        int year = yearOf(sheet);
        SheetResult result = score(sheet, departmentId, year);
        String name = sheet.project() == null ? "" : sheet.project().strip();
        if (name.isEmpty()) {
            return new Plan(sheet, result, year, null, null, null, sheet.sheet() + "：没有读到项目名称，无法保存。");
        }
        Optional<ProjectListRow> match = match(sheet, departmentId, year);
        if (match.isEmpty()) {
            return new Plan(sheet, result, year, null, null, "新建项目和自评表", null);
        }
        ProjectListRow project = match.get();
        if (project.sheetStatus() != null && !project.sheetStatus().editable()) {
            return new Plan(sheet, result, year, project.id(), project.sheetId(), null, "项目“" + project.name()
                    + "”的自评表" + ("SUBMITTED".equals(project.sheetStatus().code()) ? "已提交审核" : "已审核通过")
                    + "，不能用导入覆盖；如需修改，请部门负责人先退回或重新打开。");
        }
        return new Plan(sheet, result, year, project.id(), project.sheetId(),
                project.sheetId() == null ? "为已有项目新建自评表" : "更新已有项目的自评表草稿", null);
    }

    /** By 项目编码 in the department and year, else by name there; never in another department. */
    private Optional<ProjectListRow> match(ImportedSheet sheet, Long departmentId, int year) {
        if (sheet.code() != null && !sheet.code().isBlank()) {
            Optional<ProjectListRow> byCode = projects.search(year, departmentId, sheet.code().strip()).stream()
                    .filter(row -> departmentId.equals(row.departmentId()) && sheet.code().strip().equals(row.code()))
                    .findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String name = sheet.project().strip();
        return projects.search(year, departmentId, name).stream()
                .filter(row -> departmentId.equals(row.departmentId()) && name.equals(row.name())).findFirst();
    }

    private Long createProject(Plan plan, Long departmentId) {
        ImportedSheet sheet = plan.sheet();
        ProjectForm form = new ProjectForm();
        form.setDepartmentId(departmentId);
        form.setFiscalYear(String.valueOf(plan.year()));
        form.setName(sheet.project().strip());
        String code = sheet.code() == null ? null : sheet.code().strip();
        form.setCode(code != null && code.matches("[A-Za-z0-9_\\-]{1,64}") ? code : null);
        List<Office> offices = departments.offices(departmentId);
        form.setSupervisingOfficeId(office(offices, sheet.supervisingUnit()));
        form.setImplementingOfficeId(office(offices, sheet.implementingUnit()));
        if (form.getName().length() > 300) {
            throw new ImportRefusedException(List.of("项目名称最多 300 个字：“" + form.getName().substring(0, 20) + "…”"));
        }
        return projects.create(form);
    }

    private static Long office(List<Office> offices, String name) {
        return name == null ? null : offices.stream().filter(office -> office.getName().equals(name.strip()))
                .map(Office::getId).findFirst().orElse(null);
    }

    private record Staged(Long departmentId, AnnexFile file) {
    }

    private Staged staged(UUID id) {
        List<Staged> rows = jdbc.query("select department_id, parsed from import_upload "
                        + "where id = ? and owner_username = ? and expires_at > now()",
                (rs, n) -> new Staged(rs.getLong(1), JSON.readValue(rs.getString(2), AnnexFile.class)), id, username());
        if (rows.isEmpty()) {
            throw new NotFoundException("没有找到这次导入，或已过期（上传后 " + limits.stagedHours() + " 小时内有效），请重新上传文件。");
        }
        guard.checkCanEdit(rows.get(0).departmentId());
        return rows.get(0);
    }

    /** Imports go into the officer's own department: never across departments. */
    private Long ownDepartment() {
        Long department = guard.scope().departmentId();
        if (department == null || !guard.canEdit(department)) {
            throw new AccessDeniedException("只有本部门的填报人可以导入自评表。");
        }
        return department;
    }

    private String username() {
        return guard.currentUser().map(UserPrincipal::getUsername).orElseThrow(
                () -> new AccessDeniedException("请先登录。"));
    }
}
