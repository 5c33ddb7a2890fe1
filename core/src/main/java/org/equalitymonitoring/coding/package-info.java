/**
 * Coding schemes, their categories and hierarchy, category kinds, local sub-classifications, and
 * the recognition of raw recorded values.
 *
 * <p>A {@link org.equalitymonitoring.coding.Scheme} is an immutable, versioned list of {@link
 * org.equalitymonitoring.coding.Category categories} in presentation order. A {@link
 * org.equalitymonitoring.coding.Recogniser} turns any string found in a source system into a {@link
 * org.equalitymonitoring.coding.Recognition}; it never throws. A {@link
 * org.equalitymonitoring.coding.WriteInClassifier} matches free-text write-ins against a detailed
 * classification of {@link org.equalitymonitoring.coding.DetailedCategory detailed categories} and
 * suggests the category that should have been recorded.
 */
package org.equalitymonitoring.coding;
