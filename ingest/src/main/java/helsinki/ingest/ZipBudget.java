package helsinki.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Inflates a zip-based document (DOCX, ODT, EPUB) into nothing, counting, before any parser sees
 * it. Tika turns POI's own inflation check off (OOXMLParser sets the minimum ratio to -1) and
 * relies on counting output characters, but its DOCX reader gathers each text run whole before it
 * reports it, so one run of a billion letters would be in memory before the count could stop it.
 * Counting inflated bytes first bounds that memory by the entry limit.
 */
final class ZipBudget {

  private final long maxEntryBytes;
  private final long maxTotalBytes;

  /**
   * @param maxEntryBytes the most one entry may inflate to
   * @param maxTotalBytes the most all entries together may inflate to
   */
  ZipBudget(long maxEntryBytes, long maxTotalBytes) {
    this.maxEntryBytes = maxEntryBytes;
    this.maxTotalBytes = maxTotalBytes;
  }

  /**
   * Why {@code zip} is over budget ("word/document.xml inflates past 160 MiB"), or null when it is
   * within it. A zip that cannot be walked is left to the parser, whose error says more.
   */
  @Nullable String overBudget(byte[] zip) {
    byte[] sink = new byte[64 << 10];
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        long entry = 0;
        for (int n; (n = in.read(sink)) > 0; ) {
          entry += n;
          total += n;
          if (entry > maxEntryBytes) {
            return e.getName() + " inflates past " + mib(maxEntryBytes);
          }
          if (total > maxTotalBytes) {
            return "its entries inflate past " + mib(maxTotalBytes);
          }
        }
      }
    } catch (IOException e) {
      return null; // damaged or unusual (stored entries with descriptors): the parser will judge it
    }
    return null;
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }
}
