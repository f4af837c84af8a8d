package org.continuum.evaluation.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.continuum.shared.domain.Sha256;

/**
 * The canonical serialization of what a signature covers, and its SHA-256. Canonical means: a JSON
 * object with a fixed key order, no whitespace, answers ordered by item, texts in Unicode NFC with
 * \n line ends, instants in UTC to the second, dates as ISO dates. The same content gives the same
 * bytes on any database and in any run; a new layout gets a new {@link #METHOD} name, never a
 * silent change to this one.
 */
public final class SignedContent {

  public static final String METHOD = "continuum-eval-v1";

  private SignedContent() {}

  /** The canonical text of {@code evaluation}'s content as signed by {@code signature}. */
  public static String canonical(Evaluation evaluation, Signature signature) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    evaluation.getAnswers().stream()
        .sorted(Comparator.comparingInt(Answer::getItemSeq))
        .forEach(
            a ->
                answers.add(
                    Json.createObjectBuilder()
                        .add("item", a.getItemSeq())
                        .add("value", nullable(a.getValue()))
                        .add("text", nullable(a.getText()))));
    JsonObjectBuilder content =
        Json.createObjectBuilder()
            .add("method", METHOD)
            .add("evaluation", evaluation.getId())
            .add("contentRevision", evaluation.getContentRevision())
            .add("program", evaluation.getProgramId())
            .add("kind", evaluation.getKind().name())
            .add(
                "form",
                Json.createObjectBuilder()
                    .add("id", evaluation.getForm().getId())
                    .add("code", evaluation.getForm().getCode())
                    .add("version", evaluation.getForm().getFormVersion()))
            .add("evaluator", evaluation.getEvaluatorId())
            .add("trainee", evaluation.getTraineeId())
            .add("rotation", nullable(evaluation.getRotationId()))
            .add("procedureLog", nullable(evaluation.getProcedureLogId()))
            .add("periodStart", nullable(evaluation.getPeriodStart()))
            .add("periodEnd", nullable(evaluation.getPeriodEnd()))
            .add("amends", nullable(evaluation.getAmendsId()))
            .add("answers", answers)
            .add(
                "signature",
                Json.createObjectBuilder()
                    .add("signer", nullable(signature.getSignerId()))
                    .add("printedName", normalize(signature.getPrintedName()))
                    .add("signedAt", signature.getSignedAt().toString())
                    .add("meaning", signature.getMeaning().name()));
    return content.build().toString();
  }

  /** Lower-case hex SHA-256 of the canonical text's UTF-8 bytes. */
  public static String hash(Evaluation evaluation, Signature signature) {
    return Sha256.hex(canonical(evaluation, signature));
  }

  /** How every stored text is kept, so the canonical form does not depend on the input device. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    return unified.isEmpty() ? null : Normalizer.normalize(unified, Normalizer.Form.NFC);
  }

  private static jakarta.json.JsonValue nullable(String value) {
    String normal = normalize(value);
    return normal == null ? jakarta.json.JsonValue.NULL : Json.createValue(normal);
  }

  private static jakarta.json.JsonValue nullable(Long value) {
    return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value);
  }

  private static jakarta.json.JsonValue nullable(LocalDate value) {
    return value == null
        ? jakarta.json.JsonValue.NULL
        : Json.createValue(value.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }
}
