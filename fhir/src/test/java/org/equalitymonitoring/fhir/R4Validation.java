package org.equalitymonitoring.fhir;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates resources against the base FHIR R4 structures with HAPI's {@link FhirValidator} and the
 * R4 XML schema of hapi-fhir-validation-resources-r4 (element names, order, types and cardinality).
 * HAPI's instance validator (hapi-fhir-validation and org.hl7.fhir.validation) is not served by the
 * package registry this project builds from, and its schematron validator needs ph-schematron,
 * which is not served either; the tests that use this class check the R4 invariants that concern
 * the exported resources (csd-1, cmd-1, ext-1) themselves.
 */
final class R4Validation {
  private static final FhirValidator VALIDATOR = validator();

  private R4Validation() {}

  private static FhirValidator validator() {
    FhirValidator validator = FhirJson.context().newValidator();
    validator.setValidateAgainstStandardSchema(true);
    validator.setValidateAgainstStandardSchematron(false);
    return validator;
  }

  /** Returns the error and fatal messages for a resource, each as "location: message". */
  static List<String> errors(IBaseResource resource) {
    List<SingleValidationMessage> messages = VALIDATOR.validateWithResult(resource).getMessages();
    return messages.stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.toList());
  }
}
