/**
 * Demo mode: loads the published seed report, creates the fictional 示例部门 and one user per role, and generates
 * province-sized data sets ({@code demo.generator}) for load tests.
 *
 * <p>At the edge: may use every module; no module may use it (ModulesTest checks it).
 */
@ApplicationModule(displayName = "Demo data")
package com.jixiao.demo;

import org.springframework.modulith.ApplicationModule;
