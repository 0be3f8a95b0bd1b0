/**
 * Measuring the annotation stage on public data sets: TempEval-3 time expressions, scored as the
 * official TE3 tool scores them.
 */
@NullMarked
package helsinki.nlp.eval;

import org.jspecify.annotations.NullMarked;
