/**
 * The library on Apache Spark: column functions that recognise raw ethnicity values and translate
 * codes ({@link org.equalitymonitoring.spark.EthnicityFunctions}, also as SQL functions for
 * PySpark), the resolution presets as a DataFrame transformation ({@link
 * org.equalitymonitoring.spark.PresetResolution}) and completeness and outcome counts as one
 * aggregation ({@link org.equalitymonitoring.spark.MonitoringAggregation}). Every function calls
 * the core library, so a DataFrame gives the same results as the command-line tool; Spark itself is
 * provided by the cluster.
 */
package org.equalitymonitoring.spark;
