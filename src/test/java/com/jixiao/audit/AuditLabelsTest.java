package com.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.security.Role;
import com.jixiao.sheet.SheetStatus;
import org.junit.jupiter.api.Test;

/**
 * The audit module sits below {@code sheet} and {@code security} and keeps its own copy of their codes' Chinese names:
 * the copy must say what the enums say.
 */
class AuditLabelsTest {

    @Test
    void everySheetStatusReadsAsTheSheetCallsIt() {
        for (SheetStatus status : SheetStatus.values()) {
            assertThat(AuditLabels.value("status", status.name())).as(status.name()).isEqualTo(status.label());
        }
    }

    @Test
    void everyRoleReadsAsSecurityCallsIt() {
        for (Role role : Role.values()) {
            assertThat(AuditLabels.value("role", role.name())).as(role.name()).isEqualTo(role.label());
        }
    }

    @Test
    void anUnknownCodeAndTypedTextStayAsTheyAre() {
        assertThat(AuditLabels.value("role", "AUDITOR_OF_THE_FUTURE")).isEqualTo("AUDITOR_OF_THE_FUTURE");
        assertThat(AuditLabels.value("name", "ADMIN")).isEqualTo("ADMIN");
    }
}
