/**
 * The annotation stage: sentences, mentions and entities, places, dates and quantities, behind
 * {@code helsinki.core}'s annotator interface, with Stanford CoreNLP as the engine.
 */
@NullMarked
package helsinki.nlp;

import org.jspecify.annotations.NullMarked;
