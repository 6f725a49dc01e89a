/**
 * The start page: the department-years the user may open and the user's 待办 list.
 *
 * <p>A web adapter at the edge over {@code department} and {@code sheet}'s {@code todo} interface; nothing depends on
 * it.
 */
@ApplicationModule(displayName = "Home page", allowedDependencies = {"department", "sheet :: todo"})
package com.jixiao.home;

import org.springframework.modulith.ApplicationModule;
