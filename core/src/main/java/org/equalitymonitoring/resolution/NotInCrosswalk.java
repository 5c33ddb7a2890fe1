package org.equalitymonitoring.resolution;

/**
 * What a {@link ResolutionPolicy} does with a record whose code is not in the crosswalk that maps
 * its source's codes ({@link ResolutionPolicy.Builder#mapCodes}).
 */
public enum NotInCrosswalk {
  /**
   * The record is dropped as unknown: the crosswalk is the source's code list (the NHS Digital
   * GDPPR asset joins journal codes to its SNOMED CT map and drops the rest).
   */
  DROP,
  /**
   * The record keeps its code: the crosswalk translates some legacy codes only (BHF DSC maps HES
   * APC ETHNOS codes 0-9 and leaves letters as they are).
   */
  KEEP
}
