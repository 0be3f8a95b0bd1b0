package helsinki.app;

import helsinki.library.ExportFormat;
import helsinki.library.Library;
import java.util.Locale;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code helsinki export}: the whole library as JSON Lines (FORMAT.md) or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every document: jsonl gives one FORMAT.md object per line, csv one row of metadata per document.")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or csv.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    try (Library lib = Library.openExisting(library.location())) {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        lib.export(format, stdout);
        return 0;
      }
      // Written beside the target and moved into place, so that a failed export never leaves half a file.
      Path target = out.toAbsolutePath();
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      long n;
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
        n = lib.export(format, w);
      } catch (IOException e) {
        Files.deleteIfExists(partial);
        spec.commandLine().getErr().println("helsinki export: " + out + ": cannot write: " + e.getMessage());
        return Main.LIBRARY_FAILED;
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      spec.commandLine().getErr().printf(Locale.ROOT, "Exported %d documents to %s%n", n, out);
      return 0;
    }
  }
}
