package helsinki.library;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The process that {@link ResumeAfterKillTest} kills: ingests a folder into a library, printing a
 * line per input and pausing a little after each (longer after the first {@code args[2]}), so that
 * however slowly a loaded machine lets the parent read, the kill lands mid-way.
 */
public final class IngestChild {

  private IngestChild() {}

  public static void main(String[] args) throws InterruptedException {
    Path data = Path.of(args[0]);
    String folder = args[1];
    int slowAfter = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Library library = Library.open(new LibraryLocation(data, null))) {
      out.println("opened");
      library.ingest(List.of(folder), new IngestListener() {
        @Override
        public void item(ItemReport report, int done, int total) {
          out.println("item " + done + " " + report.outcome());
          try {
            Thread.sleep(done < slowAfter ? 5 : 40);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      out.println("finished");
    }
  }
}
