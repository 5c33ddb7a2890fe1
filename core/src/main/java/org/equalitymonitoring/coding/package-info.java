/**
 * Coding schemes, their categories and hierarchy, category kinds, local sub-classifications, and
 * the recognition of raw recorded values.
 *
 * <p>A {@link org.equalitymonitoring.coding.Scheme} is an immutable, versioned list of {@link
 * org.equalitymonitoring.coding.Category categories} in presentation order. A {@link
 * org.equalitymonitoring.coding.Recogniser} turns any string found in a source system into a {@link
 * org.equalitymonitoring.coding.Recognition}; it never throws.
 */
package org.equalitymonitoring.coding;
