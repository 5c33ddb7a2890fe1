package org.equalitymonitoring.cli;

import java.util.stream.Collectors;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import picocli.CommandLine.Option;

/** The {@code --disclosure} option shared by the commands that publish counts. */
final class DisclosureOption {
  @Option(
      names = "--disclosure",
      defaultValue = "none",
      paramLabel = "POLICY",
      description =
          "disclosure control: none, nhs-digital, threshold-10 or round-5-fewer-than-5 (default:"
              + " ${DEFAULT-VALUE})")
  String disclosure;

  /** Returns the policy; an unknown id is a usage error that lists the policies. */
  DisclosurePolicy policy() {
    return parse(disclosure);
  }

  /** Returns the policy with the given id; an unknown id is a usage error listing the policies. */
  static DisclosurePolicy parse(String disclosure) {
    return DisclosurePolicy.byId(disclosure.strip())
        .orElseThrow(
            () ->
                new UsageException(
                    "unknown disclosure policy '"
                        + disclosure
                        + "'; the policies are: "
                        + DisclosurePolicy.builtIn().stream()
                            .map(DisclosurePolicy::id)
                            .collect(Collectors.joining(", "))));
  }
}
