package org.equalitymonitoring.resolution;

/**
 * The source ids that the bundled {@link ResolutionPolicy} presets use. A source id is any
 * non-blank string; these are the five sources of the NHS Digital GDPPR ethnicity asset (GP
 * journal, GP patient field, HES admitted patient care, A&amp;E and outpatients), which are also
 * the three SUS sources of OpenSAFELY ({@code apc} = APCS, {@code ae} = EC, {@code op} = OPA).
 */
public final class SourceIds {
  /** A coded entry in the GP record (GDPPR journal table, OpenSAFELY clinical events). */
  public static final String GP_JOURNAL = "gp-journal";

  /** The ethnicity field of the GP patient table; often without a reliable date. */
  public static final String GP_PATIENT = "gp-patient";

  /** Hospital admitted patient care (HES APC, SUS APCS). */
  public static final String APC = "apc";

  /** Accident and emergency (HES A&amp;E, ECDS / SUS EC). */
  public static final String AE = "ae";

  /** Outpatient appointments (HES OP, SUS OPA). */
  public static final String OP = "op";

  private SourceIds() {}
}
