package helsinki.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plain HTTP client for a web app this test JVM serves on the loopback address. */
record Http(HttpClient client, String base) {

  static Http of(int port) {
    return new Http(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), "http://127.0.0.1:" + port);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  /** Posts an HTML form (application/x-www-form-urlencoded). */
  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = String.join("&", fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /** Posts a multipart form: each file as {@code files}, and {@code urls} as a text field. */
  HttpResponse<String> postFiles(String path, Map<String, String> files, String urls, Map<String, String> headers) {
    String boundary = "helsinki-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    files.forEach((name, content) -> part(body, boundary,
        "Content-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream", content));
    part(body, boundary, "Content-Disposition: form-data; name=\"urls\"", urls);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(request::header);
    return send(request.build());
  }

  /** Posts one file as a multipart form sent in chunks, so that the server does not know its size beforehand. */
  HttpResponse<String> postChunked(String path, String name, String content) {
    String boundary = "helsinki-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"", content);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = body.toByteArray();
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build());
  }

  private static void part(ByteArrayOutputStream body, String boundary, String head, String content) {
    body.writeBytes(("--" + boundary + "\r\n" + head + "\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
