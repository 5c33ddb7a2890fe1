/**
 * The published schemes and crosswalks bundled as versioned data: NHS ETHNIC CATEGORY and its
 * extensions, UK Core Wales and Scotland, ONS census classifications 2001, 2011 and 2021, SNOMED CT
 * and CTV3 code lists, US OMB and New Zealand, the crosswalks between them, and synonyms (free-text
 * labels from the GOV.UK Ethnicity facts and figures lookup) for NHS 2001 and Census 2021
 * recognition. Each resource's source, version and licence are in the resource itself and in {@code
 * PROVENANCE.md} beside it.
 */
package org.equalitymonitoring.schemes;
