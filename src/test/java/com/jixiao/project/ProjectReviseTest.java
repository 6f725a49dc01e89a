package com.jixiao.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.department.Department;
import com.jixiao.department.Office;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The project refuses, by itself, to change what its submitted or approved sheet locks (issue 11). */
class ProjectReviseTest {

    final Department department = new Department("测试部门", null);
    final Department other = new Department("另一部门", null);
    final Office office = new Office(department, "法制大队");
    final AtomicInteger lockAsked = new AtomicInteger();

    Project project() {
        return new Project(new ProjectDetails(department, 2030, "警务站建设", "CODE-1", office, null, "张三 123"), 7);
    }

    Supplier<ProjectLock> lock(ProjectLock lock) {
        return () -> {
            lockAsked.incrementAndGet();
            return lock;
        };
    }

    static ProjectDetails changed(Project p, String field, Department other) {
        return switch (field) {
            case "name" -> new ProjectDetails(p.getDepartment(), p.getFiscalYear(), "新名称", p.getCode(),
                    p.getSupervisingOffice(), p.getImplementingOffice(), p.getContact());
            case "code" -> new ProjectDetails(p.getDepartment(), p.getFiscalYear(), p.getName(), "CODE-2",
                    p.getSupervisingOffice(), p.getImplementingOffice(), p.getContact());
            case "fiscalYear" -> new ProjectDetails(p.getDepartment(), 2031, p.getName(), p.getCode(),
                    p.getSupervisingOffice(), p.getImplementingOffice(), p.getContact());
            case "departmentId" -> new ProjectDetails(other, p.getFiscalYear(), p.getName(), p.getCode(),
                    null, null, p.getContact());
            case "supervisingOfficeId" -> new ProjectDetails(p.getDepartment(), p.getFiscalYear(), p.getName(),
                    p.getCode(), null, p.getImplementingOffice(), p.getContact());
            case "implementingOfficeId" -> new ProjectDetails(p.getDepartment(), p.getFiscalYear(), p.getName(),
                    p.getCode(), p.getSupervisingOffice(), p.getSupervisingOffice(), p.getContact());
            default -> throw new IllegalArgumentException(field);
        };
    }

    @ParameterizedTest(name = "{0} locked by {1}")
    @CsvSource({
            "name,                 SUBMITTED_SHEET", "name,                 APPROVED_SHEET",
            "code,                 SUBMITTED_SHEET", "code,                 APPROVED_SHEET",
            "fiscalYear,           SUBMITTED_SHEET", "fiscalYear,           APPROVED_SHEET",
            "departmentId,         SUBMITTED_SHEET", "departmentId,         APPROVED_SHEET",
            "supervisingOfficeId,  SUBMITTED_SHEET", "supervisingOfficeId,  APPROVED_SHEET",
            "implementingOfficeId, SUBMITTED_SHEET", "implementingOfficeId, APPROVED_SHEET",
    })
    void whatTheSheetWasSubmittedUnderIsRefusedWhileLocked(String field, ProjectLock lock) {
        Project project = project();
        ProjectDetails details = changed(project, field, other);

        assertThatThrownBy(() -> project.revise(details, lock(lock), () -> 99))
                .isInstanceOf(ProjectLockedException.class).hasMessage(lock.message())
                .satisfies(e -> assertThat(((ProjectLockedException) e).fields()).startsWith(field));
        assertThat(project.getName()).isEqualTo("警务站建设");
        assertThat(project.getCode()).isEqualTo("CODE-1");
        assertThat(project.getFiscalYear()).isEqualTo(2030);
        assertThat(project.getDepartment()).isSameAs(department);
        assertThat(project.getSupervisingOffice()).isSameAs(office);
        assertThat(project.getImplementingOffice()).isNull();
        assertThat(project.getSeq()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(ProjectLock.class)
    void theContactMayAlwaysChangeAndTheLockIsNotEvenAsked(ProjectLock lock) {
        Project project = project();
        project.revise(new ProjectDetails(department, 2030, "警务站建设", "CODE-1", office, null, "李四 456"),
                lock(lock), () -> 99);
        assertThat(project.getContact()).isEqualTo("李四 456");
        assertThat(lockAsked).hasValue(0);
    }

    @Test
    void unlockedTheProjectChangesAndGoesLastInTheYearItMovesTo() {
        Project project = project();
        project.revise(changed(project, "fiscalYear", other), lock(ProjectLock.NONE), () -> 12);
        assertThat(project.getFiscalYear()).isEqualTo(2031);
        assertThat(project.getSeq()).isEqualTo(12);

        project.revise(changed(project, "name", other), lock(ProjectLock.NONE), () -> {
            throw new AssertionError("a rename keeps its 序号");
        });
        assertThat(project.getName()).isEqualTo("新名称");
        assertThat(project.getSeq()).isEqualTo(12);
        assertThat(lockAsked).hasValue(2);
    }

    @Test
    void theLockFollowsTheSheetsStoredStatus() {
        assertThat(ProjectLock.ofSheetStatus("DRAFT")).isEqualTo(ProjectLock.NONE);
        assertThat(ProjectLock.ofSheetStatus("RETURNED")).isEqualTo(ProjectLock.NONE);
        assertThat(ProjectLock.ofSheetStatus("SUBMITTED")).isEqualTo(ProjectLock.SUBMITTED_SHEET);
        assertThat(ProjectLock.ofSheetStatus("APPROVED")).isEqualTo(ProjectLock.APPROVED_SHEET);
        assertThat(ProjectLock.NONE.message()).isNull();
    }
}
