package helsinki.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server in a temporary folder on a free loopback port, started with the
 * Debian binaries; as root it runs as the {@code postgres} user, because PostgreSQL refuses root.
 */
final class PostgresServer implements AutoCloseable {

  private final Path bin;
  private final Path dir;
  private final List<String> asUser;
  final int port;

  private PostgresServer(Path bin, Path dir, List<String> asUser, int port) {
    this.bin = bin;
    this.dir = dir;
    this.asUser = asUser;
    this.port = port;
  }

  /** Why a server cannot be started here, or empty when it can. */
  static Optional<String> unavailable() {
    if (binaries().isEmpty()) {
      return Optional.of("no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)");
    }
    if (isRoot() && !userExists("postgres")) {
      return Optional.of("running as root and there is no postgres user to run the server as");
    }
    return Optional.empty();
  }

  static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow();
    Path dir = Files.createTempDirectory("helsinki-pg");
    List<String> asUser = isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of();
    if (isRoot()) {
      run(List.of("chown", "postgres", dir.toString()), dir);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PostgresServer server = new PostgresServer(bin, dir, asUser, port);
    server.pg("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "helsinki", "-E", "UTF8", "--no-sync");
    server.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "30",
        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    return server;
  }

  /** A JDBC URL of the database {@code name} on this server. */
  String url(String name) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=helsinki";
  }

  @Override
  public void close() throws IOException {
    try {
      pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL", e);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private void pg(String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(asUser);
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    run(command, dir);
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path log = Files.createTempFile("helsinki-pg", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " took over 60 s");
      }
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
      for (Path v : versions) {
        if (Files.isExecutable(v.resolve("bin/pg_ctl")) && Files.isExecutable(v.resolve("bin/initdb"))) {
          return Optional.of(v.resolve("bin"));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean userExists(String user) {
    try {
      return new ProcessBuilder("id", "-u", user).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
