/**
 * Equality monitoring of a record stream: where the completeness and the impact chains meet. A
 * {@link org.equalitymonitoring.monitoring.MonitoringTally} counts records (unit, recognised
 * ethnicity, optional period, optional yes/no outcome) in one streaming, mergeable pass; its {@link
 * org.equalitymonitoring.monitoring.MonitoringResult} gives completeness by unit and period, known
 * records and outcomes by ethnic group of the base scheme, ready for {@link
 * org.equalitymonitoring.impact.ImpactAssessor}, and with {@link
 * org.equalitymonitoring.monitoring.PopulationDenominators} the inputs of a representation.
 */
package org.equalitymonitoring.monitoring;
