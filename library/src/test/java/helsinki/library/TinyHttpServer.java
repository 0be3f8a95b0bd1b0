package helsinki.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A one-thread HTTP/1.0 server on 127.0.0.1 for fetch tests, on plain sockets (the JDK's own
 * server lives in a non-portable package): known paths get their page, others a 404.
 */
final class TinyHttpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Map<String, String> pages;

  TinyHttpServer(Map<String, String> pages) throws IOException {
    this.pages = Map.copyOf(pages);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::serve, "tiny-http");
    t.setDaemon(true);
    t.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        answer(client);
      } catch (IOException e) {
        // The socket was closed by close(), or a client hung up: either way, on to the next one.
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private void answer(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
    String request = in.readLine();
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      // headers are not needed
    }
    String path = request == null ? "/" : request.split(" ")[1];
    String page = pages.get(path);
    byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
    String head = (page == null ? "HTTP/1.0 404 Not Found" : "HTTP/1.0 200 OK") + "\r\n"
        + "Content-Type: " + (page == null ? "text/plain" : "text/html; charset=utf-8") + "\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    OutputStream out = client.getOutputStream();
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
