/**
 * HL7 FHIR R4 in and out: bundled schemes and crosswalks as CodeSystem, ValueSet and ConceptMap
 * resources; local schemes read from a CodeSystem or ValueSet; the UK Core ethnic category
 * extension read from and written to Patient resources.
 */
package org.equalitymonitoring.fhir;
