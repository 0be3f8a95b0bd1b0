/** The faces of Helsinki: the {@code helsinki} command. Thin: each command calls one use case of {@code library}. */
@NullMarked
package helsinki.app;

import org.jspecify.annotations.NullMarked;
