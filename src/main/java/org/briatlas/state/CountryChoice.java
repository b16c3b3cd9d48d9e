package org.briatlas.state;

/**
 * The country chosen on the map (or from a feature's Statistics button), as an ISO code, or none. Each
 * choice is a new object, so choosing the same country again is seen by every listener. Immutable.
 *
 * @param iso    ISO 3166 alpha-2 code, or null for no country
 * @param serial number of the choice, increasing
 */
public record CountryChoice(String iso, long serial) {
}
