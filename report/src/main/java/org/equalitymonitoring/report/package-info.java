/**
 * The equality-monitoring report: one streaming pass over a record extract (counted by {@link
 * org.equalitymonitoring.monitoring.MonitoringTally}), the analyses drawn from it, and a
 * self-contained HTML page with SVG charts and real tables that a board can read printed on A4 or
 * on a phone, with its figures as JSON. Java programs use it without the command-line tool: {@link
 * org.equalitymonitoring.report.ReportBuilder} produces an {@link
 * org.equalitymonitoring.report.EqualityReport}.
 */
package org.equalitymonitoring.report;
