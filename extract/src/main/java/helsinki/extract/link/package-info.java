/**
 * The link rules: pure functions that score an outcome against a candidate ask and an engagement
 * against another document's engagement. The library fetches candidates from its store, resolves
 * actors and occasions across documents, and keeps what these rules accept.
 */
@NullMarked
package helsinki.extract.link;

import org.jspecify.annotations.NullMarked;
