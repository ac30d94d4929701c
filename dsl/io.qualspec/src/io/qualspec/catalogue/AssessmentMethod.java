package io.qualspec.catalogue;

/** A code written on evidence reference sheets, e.g. EWT "Examination of the witness testimony". */
public record AssessmentMethod(String code, String name, String category) {
}
