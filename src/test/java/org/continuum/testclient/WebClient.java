package org.continuum.testclient;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, signs in through the real login form, calls the API.
 * Redirects are not followed automatically, so tests can see them.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static WebClient at(URL base) {
    try {
      return new WebClient(base.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  /** A GET whose body is kept as bytes (PDF, XLSX). */
  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      builder.headers(headers);
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        headers);
  }

  /** Posts a text file (a module's Markdown, say) as the body. */
  public HttpResponse<String> postText(
      String path, String contentType, String text, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(text)),
        headers);
  }

  public HttpResponse<String> putJson(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        headers);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        new String[0]);
  }

  /** Follows redirects from a response until a page answers; returns that page. */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
      String location = current.headers().firstValue("Location").orElseThrow();
      current = send(HttpRequest.newBuilder(current.uri().resolve(location)).GET(), new String[0]);
    }
    return current;
  }

  /** Signs in through the login form; answers the response to the form post (a redirect if OK). */
  public HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> form = get("/login.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signInForm", "signInForm");
    fields.put("signInForm:username", username);
    fields.put("signInForm:password", password);
    fields.put("signInForm:next", "");
    fields.put("signInForm:submit", "");
    return postForm("/login.xhtml", withPageTokens(fields, form.body()));
  }

  /**
   * Adds what a browser's form post carries besides the fields: the Faces view state and the
   * PrimeFaces script nonce of the page the form came from.
   */
  public static Map<String, String> withPageTokens(Map<String, String> fields, String pageHtml) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState(pageHtml));
    Matcher nonce = CSP_NONCE.matcher(pageHtml);
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    return all;
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no Faces view state in the page");
    }
    return m.group(1).replace("&#58;", ":");
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Runs a test-support action (test deployments only) and returns its JSON answer. */
  public JsonObject fixture(String action) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/test-support/" + action))
                .POST(HttpRequest.BodyPublishers.noBody()),
            new String[0]);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("fixture " + action + " answered " + response.statusCode());
    }
    return json(response);
  }

  /** A bearer token for the user, from the API. */
  public String token(String username, String password) {
    HttpResponse<String> response =
        postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("token request answered " + response.statusCode());
    }
    return json(response).getString("accessToken");
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String[] headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens, as its program director, the review period a "review-programs" fixture names, and
   * returns its id.
   */
  public long openReviewOfFixture(JsonObject cast) {
    String token = token(cast.getString("directorA"), cast.getString("password"));
    HttpResponse<String> opened =
        postJson(
            "/api/v1/programs/" + cast.getJsonNumber("programA") + "/reviews",
            "{\"academicYear\":\""
                + cast.getString("periodYear")
                + "\",\"term\":\""
                + cast.getString("periodTerm")
                + "\"}",
            "Authorization",
            bearer(token));
    if (opened.statusCode() != 200) {
      throw new IllegalStateException("opening the review answered " + opened.statusCode());
    }
    return json(opened).getJsonNumber("id").longValue();
  }
}
