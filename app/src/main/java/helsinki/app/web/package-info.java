/** The web app: server-rendered pages and a JSON API over one library, served on the local machine. */
@NullMarked
package helsinki.app.web;

import org.jspecify.annotations.NullMarked;
