package helsinki.extract;

import helsinki.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.tribuo.Model;
import org.tribuo.Output;

/** Reads the shipped models from extract's own classpath resources: the one place extract touches a stream. */
final class ModelResources {

  private ModelResources() {}

  static ModelManifest manifest() {
    try (InputStream in = open(ModelManifest.FILE)) {
      return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ModelManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped model manifest cannot be read", e);
    }
  }

  static <T extends Output<T>> Model<T> model(String file, Class<T> output) {
    try (InputStream in = new GZIPInputStream(open(file))) {
      return Model.deserializeFromStream(in).castModel(output);
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped model " + file + " cannot be read", e);
    }
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(ModelManifest.FOLDER + file);
    if (in == null) {
      throw new IOException("missing from the classpath: rebuild it with `helsinki train`");
    }
    return in;
  }
}
