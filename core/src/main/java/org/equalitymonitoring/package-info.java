/** Equality monitoring for health and care: the domain library. */
package org.equalitymonitoring;
