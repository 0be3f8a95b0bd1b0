/**
 * The rules that link a document's entities to the library's canonical actors: pure functions that
 * score an entity against candidate actors (names, titles, transliterations, governments, acronyms).
 * The library fetches the candidates and keeps the result.
 */
@NullMarked
package helsinki.extract.link;

import org.jspecify.annotations.NullMarked;
