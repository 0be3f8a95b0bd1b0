/** The library stage of Helsinki (ARCHITECTURE.md). */
@NullMarked
package helsinki.library;

import org.jspecify.annotations.NullMarked;
