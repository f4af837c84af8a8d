package org.continuum.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuum.testclient.CastTest;
import org.junit.jupiter.api.Test;

/**
 * A rotation with a form of its own: only the program director attaches one, only a published form
 * of the program and never the anonymous one; requests issued from the schedule for a block on that
 * rotation use it, and every other rotation the program's default, which is never a form a rotation
 * took, however recently it was published.
 */
class RotationFormsIT extends CastTest {

  @Override
  protected String fixture() {
    return "rotation-form-programs";
  }

  @Test
  void aRotationsOwnFormIsUsedForItsBlocksAndTheDefaultForEveryOther() {
    String base = "/api/v1/programs/" + cast.getJsonNumber("programA") + "/rotation-forms";
    long edx = cast.getJsonNumber("edxA").longValue();

    for (String outsider : new String[] {"coordinatorA", "facultyA", "residentA", "directorB"}) {
      assertThat(choose(base, outsider, edx, "EDXF").statusCode()).as(outsider).isEqualTo(403);
    }
    HttpResponse<String> otherProgramsRotation =
        choose(base, "directorA", cast.getJsonNumber("edxB").longValue(), "EDXF");
    assertThat(otherProgramsRotation.statusCode()).isEqualTo(400);
    assertThat(otherProgramsRotation.body()).contains("rotation of this program");
    HttpResponse<String> anonymous = choose(base, "directorA", edx, "ROT");
    assertThat(anonymous.statusCode()).isEqualTo(400);
    assertThat(anonymous.body()).contains("same on every rotation");
    assertThat(choose(base, "directorA", edx, "NOPE").statusCode()).isEqualTo(400);

    HttpResponse<String> chosen = choose(base, "directorA", edx, "EDXF");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    JsonObject row = json(chosen);
    assertThat(row.getString("formCode")).isEqualTo("EDXF");
    assertThat(row.getString("kind")).isEqualTo("FACULTY_OF_TRAINEE");
    assertThat(client.get(base, auth("coordinatorA")).statusCode()).isEqualTo(200);
    assertThat(client.get(base, auth("facultyA")).statusCode()).isEqualTo(403);

    String program = "/api/v1/programs/" + cast.getJsonNumber("programA") + "/evaluations";
    JsonObject issued = json(client.postJson(program + "/issue", "{}", auth("directorA")));
    assertThat(issued.getInt("created")).isPositive();
    Map<String, String> formByRotation =
        json(client.get(program + "?kind=FACULTY_OF_TRAINEE", auth("directorA")))
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .collect(
                Collectors.toMap(e -> e.getString("rotationName"), e -> e.getString("formTitle")));
    assertThat(formByRotation).containsEntry("Rotation EDX", "Form EDXF");
    assertThat(formByRotation)
        .as("the default is not the form the EDX rotation took, though it was published last")
        .containsEntry("Rotation MSK", "Form FAC");

    long id = row.getJsonNumber("id").longValue();
    long version = row.getJsonNumber("version").longValue();
    String programB = "/api/v1/programs/" + cast.getJsonNumber("programB") + "/rotation-forms/";
    assertThat(client.delete(programB + id + "?version=" + version, auth("directorB")).statusCode())
        .as("another program's director, through their own program")
        .isEqualTo(404);
    assertThat(client.delete(base + "/" + id, auth("directorA")).statusCode())
        .as("the version read is required")
        .isEqualTo(400);
    assertThat(
            client
                .delete(base + "/" + id + "?version=" + (version + 1), auth("directorA"))
                .statusCode())
        .isEqualTo(409);
    assertThat(
            client.delete(base + "/" + id + "?version=" + version, auth("directorA")).statusCode())
        .isEqualTo(204);
    // detached, the EDX form does not become everyone's: the default was pinned to FAC when the
    // EDX form was published, and stays
    JsonArray left = jsonArray(client.get(base, auth("directorA")));
    assertThat(left).hasSize(1);
    assertThat(left.getJsonObject(0).getString("formCode")).isEqualTo("FAC");
    assertThat(left.getJsonObject(0).getJsonNumber("rotationId").longValue()).isZero();

    // the director makes EDXF the default of every rotation without a form of its own
    HttpResponse<String> everyOther =
        client.postJson(base, "{\"formCode\":\"EDXF\"}", auth("directorA"));
    assertThat(everyOther.statusCode()).as(everyOther.body()).isEqualTo(200);
    assertThat(json(everyOther).getString("rotationName")).isEqualTo("Every other rotation");
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
  }

  private HttpResponse<String> choose(String base, String who, long rotationId, String code) {
    return client.postJson(
        base, "{\"rotationId\":" + rotationId + ",\"formCode\":\"" + code + "\"}", auth(who));
  }
}
