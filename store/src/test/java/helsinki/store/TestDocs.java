package helsinki.store;

import helsinki.core.Author;
import helsinki.core.Document;
import helsinki.core.DocumentKind;
import helsinki.core.Fingerprint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Documents for store tests, with a small MinHash of their own so that the store needs no ingest. */
final class TestDocs {

  private TestDocs() {}

  static Document doc(String id, String text, @Nullable String publisher, DocumentKind kind, @Nullable LocalDate published) {
    return new Document(id, "file:" + id + ".txt", "text/plain", "Title of " + id, null, publisher,
        List.of(new Author("Ana Writer", "Director")), published, "en", kind, List.of(), text,
        List.of("A caption about " + id), fingerprint(text));
  }

  static Fingerprint fingerprint(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\W+");
    int[] slots = new int[128];
    Arrays.fill(slots, Integer.MAX_VALUE);
    for (int s = 0; s + 3 <= words.length; s++) {
      long h = String.join(" ", Arrays.copyOfRange(words, s, s + 3)).hashCode();
      for (int i = 0; i < slots.length; i++) {
        long z = (h ^ (0x9E3779B97F4A7C15L * (i + 1))) * 0xBF58476D1CE4E5B9L;
        slots[i] = Math.min(slots[i], (int) ((z ^ (z >>> 31)) >>> 33));
      }
    }
    return new Fingerprint(Integer.toHexString(String.join(" ", words).hashCode()) + "-" + words.length, slots);
  }

  /** A text of {@code n} distinct words, so that texts made from different seeds share no shingles. */
  static String words(String seed, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(seed).append(i).append(i % 7 == 6 ? ". " : " ");
    }
    return b.toString().strip();
  }
}
