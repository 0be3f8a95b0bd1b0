/** The store stage of Helsinki (ARCHITECTURE.md). */
@NullMarked
package helsinki.store;

import org.jspecify.annotations.NullMarked;
