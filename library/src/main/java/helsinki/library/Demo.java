package helsinki.library;

import helsinki.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The demo: a fresh library in a folder of its own, and the inputs to load into it, namely a small
 * corpus of made-up NGO letters, statements, reports and news (HTML, text and Markdown) shipped with
 * Helsinki, plus any example documents found next to the repository.
 */
public final class Demo {

  /** Marks a folder as made by the demo, so that only such a folder is ever wiped. */
  static final String MARKER = ".helsinki-demo";
  private static final String RESOURCES = "/helsinki/library/demo/";

  /** A demo ready to load: where its library lives and what to ingest into it. */
  public record Prepared(LibraryLocation location, List<String> inputs) {
    public Prepared {
      inputs = List.copyOf(inputs);
    }
  }

  private Demo() {}

  /**
   * Empties {@code folder} (only when an earlier demo made it), writes the demo corpus into it, and
   * adds the documents in {@code examples} (gold files left out) when that folder exists.
   */
  public static Prepared prepare(Path folder, @Nullable Path examples) {
    try {
      wipe(folder);
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(MARKER), "made by helsinki demo; deleted by the next demo\n", StandardCharsets.UTF_8);
      Path corpus = folder.resolve("corpus");
      Files.createDirectories(corpus);
      for (String name : corpusNames()) {
        try (InputStream in = Demo.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException("the demo corpus lacks " + name);
          }
          Files.copy(in, corpus.resolve(name));
        }
      }
      List<String> inputs = new ArrayList<>(List.of(corpus.toString()));
      if (examples != null && Files.isDirectory(examples)) {
        try (Stream<Path> files = Files.list(examples)) {
          files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".gold.json"))
              .sorted().forEach(p -> inputs.add(p.toString()));
        }
      }
      return new Prepared(new LibraryLocation(folder.resolve("library"), null), inputs);
    } catch (IOException e) {
      throw new StoreException("cannot prepare the demo in " + folder, e);
    }
  }

  /** The names of the demo documents. */
  static List<String> corpusNames() throws IOException {
    try (InputStream in = Demo.class.getResourceAsStream(RESOURCES + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("the demo corpus index is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static void wipe(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    if (!Files.exists(folder.resolve(MARKER))) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new StoreException(folder + " is not a folder that helsinki demo made; refusing to empty it");
        }
      }
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
