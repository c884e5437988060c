/**
 * The evaluation scorer: a faithful Java port of shared/eval/score.py (FORMAT.md), so gold sets can be
 * scored without Python and {@code faultline eval GOLD.jsonl} prints the same figures.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.score(goldPath, analysesPath);   // EvalInputException on unusable input
 * System.out.print(report.format(withMisses));                 // byte for byte what score.py prints
 * }</pre>
 *
 * <p>Rows are Jackson JsonNodes read with Python's rules ({@code PyJson}, {@code PyRepr}, {@code PyText}),
 * so odd output (floats for counts, strings where lists belong, booleans as offsets) scores as it does in
 * score.py. Known limits: Java 17 knows Unicode 13 and Python 3.11 Unicode 14, so characters new in 14
 * may normalise or print differently; where score.py would stop with a traceback the port throws
 * {@link org.faultline.eval.EvalInputException}, possibly at a slightly different point.
 */
package org.faultline.eval;
