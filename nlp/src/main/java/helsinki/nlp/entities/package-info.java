/**
 * Named mentions to entities: persons with their roles and countries, organisations, government
 * organs, groups and places, each resolved within one document.
 */
@NullMarked
package helsinki.nlp.entities;

import org.jspecify.annotations.NullMarked;
