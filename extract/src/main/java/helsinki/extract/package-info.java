/**
 * The extract stage: engagements, asks and outcomes read from an annotated document by named
 * patterns, each a pure function of the text, its sentences and its resolved entities.
 */
@NullMarked
package helsinki.extract;

import org.jspecify.annotations.NullMarked;
