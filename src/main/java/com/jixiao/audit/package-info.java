/**
 * The audit trail: every change and download recorded as a hash-chained, signed {@code audit_event} row
 * ({@link com.jixiao.audit.AuditTrail}), its verification, and the auditors' trail page.
 *
 * <p>Sits just above {@code common}: every module records into it, so it uses none of them. Who may read which
 * events is asked through {@link com.jixiao.audit.AuditReaders}, which {@code security} implements.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = "common")
package com.jixiao.audit;

import org.springframework.modulith.ApplicationModule;
