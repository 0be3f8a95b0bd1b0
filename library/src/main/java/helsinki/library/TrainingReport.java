package helsinki.library;

import helsinki.extract.ModelManifest;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code helsinki train} built: the manifest written beside the models, each file's size, and how long it took. */
public record TrainingReport(ModelManifest manifest, Path folder, Map<String, Long> bytes, double seconds) {

  public TrainingReport {
    bytes = Collections.unmodifiableMap(new LinkedHashMap<>(bytes));
  }
}
