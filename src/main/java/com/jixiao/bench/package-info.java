/**
 * Benchmark support (only with {@code jixiao.bench.enabled=true}): a baseline page that reads the 汇总表's rows with
 * plain JDBC, the yardstick the real page is measured against.
 *
 * <p>At the edge: may use every module; no module may use it (ModulesTest checks it).
 */
@ApplicationModule(displayName = "Benchmark support")
package com.jixiao.bench;

import org.springframework.modulith.ApplicationModule;
