package helsinki.app;

import picocli.CommandLine.Option;

/** Where the web app listens, shared by {@code serve} and {@code demo}. */
final class ServeOptions {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;
}
