/**
 * Agreement between two sources that record the ethnicity of the same people, such as a GP record
 * and a hospital record, or an extract and a reference: the agreement matrix by category, the share
 * of each category's people that the other source puts in the same category (with Wilson
 * intervals), and Cohen's kappa with its large-sample interval. An {@link
 * org.equalitymonitoring.agreement.AgreementTally} counts pairs in one streaming, mergeable pass;
 * its memory grows with the number of distinct pairs of categories, never with people.
 */
package org.equalitymonitoring.agreement;
