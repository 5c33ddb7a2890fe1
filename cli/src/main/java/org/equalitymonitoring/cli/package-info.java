/**
 * The {@code equality-monitor} command-line tool: thin picocli commands over the library for people
 * who are not Java developers.
 */
package org.equalitymonitoring.cli;
