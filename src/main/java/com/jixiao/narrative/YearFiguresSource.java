package com.jixiao.narrative;

import java.util.Optional;

/**
 * The figures of a department's year. Implemented by the 汇总表 (module report), which sits above this module: the
 * report is drafted from the 汇总表's numbers without this module reading sheets or scores itself.
 */
public interface YearFiguresSource {

    /** @return empty when the department has no project in the year */
    Optional<YearFigures> figures(Long departmentId, int year);
}
