/** Helsinki's records, taxonomy and analysis format: the vocabulary every other module speaks. */
@NullMarked
package helsinki.core;

import org.jspecify.annotations.NullMarked;
