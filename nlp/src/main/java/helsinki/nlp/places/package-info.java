/**
 * Places: an offline gazetteer of countries, first-level regions, cities and nationality adjectives,
 * and the resolution of a document's place mentions to ISO 3166 codes with its countries ranked by
 * salience. Pure Java; it needs no CoreNLP.
 */
@NullMarked
package helsinki.nlp.places;

import org.jspecify.annotations.NullMarked;
