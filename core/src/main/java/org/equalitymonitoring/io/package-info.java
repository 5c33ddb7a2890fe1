/**
 * Reading and writing the library's formats: JSON for schemes and crosswalks (every problem of a
 * bad file reported with its location), and CSV for record extracts.
 */
package org.equalitymonitoring.io;
