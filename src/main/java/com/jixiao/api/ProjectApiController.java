package com.jixiao.api;

import com.jixiao.project.Project;
import com.jixiao.project.ProjectAdminService;
import com.jixiao.project.ProjectForm;
import com.jixiao.project.ProjectListRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Budget projects as JSON, through the same service, scope and audit as the project pages. */
@RestController
@RequiredArgsConstructor
@Tag(name = "项目", description = "预算项目")
class ProjectApiController {

    private final ProjectAdminService projects;
    private final Validator validator;

    record ProjectJson(Long id, Long version, Long departmentId, Integer fiscalYear, String code, String name,
                       Long supervisingOfficeId, Long implementingOfficeId, String contact, Long sheetId) {
    }

    /** Body of POST and PUT; {@code version} is required for PUT (optimistic locking). */
    record ProjectRequest(Long version, Long departmentId, Integer fiscalYear, String code, String name,
                          Long supervisingOfficeId, Long implementingOfficeId, String contact) {
    }

    @Operation(summary = "查找项目", description = "本人权限范围内某年度的项目，可按部门和名称/编码筛选。")
    @GetMapping(path = "/api/v1/projects", produces = "application/json")
    List<ProjectListRow> list(@RequestParam(required = false) Integer year,
                              @RequestParam(required = false) Long departmentId,
                              @RequestParam(required = false) String q) {
        return projects.search(year != null ? year : projects.defaultYear(), departmentId, q);
    }

    @Operation(summary = "读取项目")
    @GetMapping(path = "/api/v1/projects/{id}", produces = "application/json")
    ProjectJson get(@PathVariable Long id) {
        return json(projects.load(id));
    }

    @Operation(summary = "新建项目", description = "与项目页面相同的规则和审计；成功返回 201。")
    @PostMapping(path = "/api/v1/projects", consumes = "application/json", produces = "application/json")
    ResponseEntity<ProjectJson> create(@RequestBody ProjectRequest request) {
        Long id = projects.create(form(request, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(projects.load(id)));
    }

    @Operation(summary = "修改项目", description = "须带上读取时的 version；他人已修改则返回 409。")
    @PutMapping(path = "/api/v1/projects/{id}", consumes = "application/json", produces = "application/json")
    ProjectJson update(@PathVariable Long id, @RequestBody ProjectRequest request) {
        if (request.version() == null) {
            throw new ApiBadRequestException("version", "请带上读取项目时得到的 version（用于防止覆盖他人的修改）。");
        }
        projects.load(id);
        projects.update(id, form(request, request.version()));
        return json(projects.load(id));
    }

    private ProjectForm form(ProjectRequest request, Long version) {
        ProjectForm form = new ProjectForm();
        form.setVersion(version);
        form.setDepartmentId(request.departmentId());
        form.setFiscalYear(request.fiscalYear() == null ? null : String.valueOf(request.fiscalYear()));
        form.setCode(request.code());
        form.setName(request.name());
        form.setSupervisingOfficeId(request.supervisingOfficeId());
        form.setImplementingOfficeId(request.implementingOfficeId());
        form.setContact(request.contact());
        Set<ConstraintViolation<ProjectForm>> violations = validator.validate(form);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw new ApiBadRequestException(v.getPropertyPath().toString(), v.getMessage());
        });
        return form;
    }

    private ProjectJson json(Project project) {
        return new ProjectJson(project.getId(), project.getVersion(), project.getDepartment().getId(),
                project.getFiscalYear(), project.getCode(), project.getName(),
                project.getSupervisingOffice() == null ? null : project.getSupervisingOffice().getId(),
                project.getImplementingOffice() == null ? null : project.getImplementingOffice().getId(),
                project.getContact(), projects.sheetId(project.getId()).orElse(null));
    }
}
