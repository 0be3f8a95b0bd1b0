/**
 * The link rules, pure functions: score a document's entity against the library's canonical actors
 * (names, titles, transliterations, governments, acronyms), an outcome against a candidate ask, and an
 * engagement against another document's engagement. The library fetches the candidates from its
 * store, resolves actors and occasions across documents, and keeps what these rules accept.
 */
@NullMarked
package helsinki.extract.link;

import org.jspecify.annotations.NullMarked;
