package org.continuum.testclient;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Procedure-log request bodies the API tests send. */
public final class LogBodies {

  private LogBodies() {}

  /** A lumbar transforaminal epidural at L4-L5 performed yesterday, supervised by the named one. */
  public static JsonObjectBuilder tfesi(Cast cast, String supervisor) {
    return Json.createObjectBuilder()
        .add("procedureCode", "TFESI-LS")
        .add("performedOn", cast.today().minusDays(1).toString())
        .add("supervisorId", cast.getJsonNumber(supervisor + "Id").longValue())
        .add("role", "PERFORMED")
        .add("setting", "OUTPATIENT")
        .add("spineRegion", "LUMBAR")
        .add("levels", Json.createArrayBuilder().add("L4-L5"))
        .add("laterality", "LEFT")
        .add("ageBand", "AGE_40_64")
        .add("sex", "FEMALE");
  }

  /** Logs the entry as the named member of the cast, with a fresh idempotency key. */
  public static HttpResponse<String> submit(
      WebClient client, Cast cast, String who, JsonObjectBuilder body) {
    String[] auth = cast.auth(who);
    return client.postJson(
        "/api/v1/procedure-logs",
        body.build().toString(),
        auth[0],
        auth[1],
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }
}
