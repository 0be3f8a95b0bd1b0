/** The web app's latency under concurrent clients. */
@NullMarked
package helsinki.bench.web;

import org.jspecify.annotations.NullMarked;
