/**
 * The equality-monitoring report: one streaming pass over a record extract, the analyses drawn from
 * it, and a self-contained HTML page with SVG charts and real tables that a board can read printed
 * on A4 or on a phone.
 */
package org.equalitymonitoring.report;
