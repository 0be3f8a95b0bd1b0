package helsinki.library;

import java.util.Locale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plain-text documents made up from a seed: each is different enough from the others to be no near-duplicate. */
final class TestCorpus {

  private static final String[] WORDS = (
      "the authorities detained several activists after a peaceful protest in the capital and later charged them"
      + " with organising mass unrest while lawyers were denied access to their clients for many days"
      + " journalists who covered the trial reported that the court refused to hear defence witnesses"
      + " we call on the government to release everyone held for exercising their rights and to investigate"
      + " reports of beatings in custody the ministry denied the allegations families of the disappeared"
      + " waited outside the prosecutor office for news human rights defenders face travel bans frozen"
      + " accounts and smear campaigns on state television the new law on foreign agents requires groups"
      + " receiving funds from abroad to label every publication independent monitors documented dozens"
      + " of cases in rural provinces where local officials threatened villagers who spoke to the press"
      + " election observers noted intimidation of voters and the police dispersed a march of students")
      .split(" ");

  private TestCorpus() {}

  /** A text of about {@code words} words made from {@code seed}. */
  static String text(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("Demo report number " + seed + ".\n\n");
    for (int i = 1; i <= words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
      b.append(i % 60 == 0 ? ".\n\n" : i % 12 == 0 ? ". " : " ");
    }
    return b.append("Code ").append("z").append(Long.toString(seed * 7919L, 36)).append(".\n").toString();
  }

  /** Writes {@code n} documents into {@code dir}, one file each, and returns their paths. */
  static List<Path> write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i));
      Files.writeString(f, text(i, 150), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }
}
