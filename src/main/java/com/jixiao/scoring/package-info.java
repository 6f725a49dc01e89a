/**
 * Scoring engine of 绩效自评: parses 年度指标值/实际完成值, scores a 自评表 by a {@link com.jixiao.scoring.RuleProfile}
 * and lists every inconsistency as a {@link com.jixiao.scoring.Finding}.
 *
 * <p>Plain Java on purpose (no Spring, no JPA): every page, export and endpoint that shows a score calls this
 * package, so it must be cheap to call and exhaustively testable. Money and scores are {@link java.math.BigDecimal},
 * compared with {@code compareTo}; scores are rounded to 2 decimals HALF_UP.
 *
 * <p>Depends on nothing of Jixiao, only the JDK (ModulesTest checks it) — which is why this file carries no
 * {@code @ApplicationModule} annotation either.
 */
package com.jixiao.scoring;
