/**
 * Crosswalks between coding schemes, with an equivalence on every row.
 *
 * <p>A {@link org.equalitymonitoring.mapping.Crosswalk} is one published (or stated) convention for
 * translating the codes of one scheme into another. Crosswalks between the same pair of schemes
 * that disagree stay separate and are chosen by id; translating reports one-to-many and unmatched
 * codes as such and never guesses.
 */
package org.equalitymonitoring.mapping;
