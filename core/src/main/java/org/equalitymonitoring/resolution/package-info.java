/**
 * One ethnicity per person: resolution policies that choose one code among a person's records from
 * several sources (GP journal, GP patient field, hospital admitted care, A&amp;E, outpatients) and
 * dates that disagree, and say which rule decided.
 *
 * <p>An {@link org.equalitymonitoring.resolution.EthnicityRecord} holds one recorded code; a {@link
 * org.equalitymonitoring.resolution.ResolutionPolicy} (a strategy, what counts as unknown, tie
 * rules) turns a person's records into a {@link org.equalitymonitoring.resolution.Resolution}.
 * Presets reproduce the published pipelines of NHS Digital (GDPPR recency and modal methods),
 * OpenSAFELY (latest primary-care code, most frequent SUS code) and CVD PREVENT (fill if missing).
 * {@link org.equalitymonitoring.resolution.ResolutionPolicy#resolveEach} resolves a stream of
 * records grouped by person holding one person's records at a time.
 *
 * <p>Person keys are special-category personal data: no type of this package puts them in {@code
 * toString()} or exception messages.
 */
package org.equalitymonitoring.resolution;
