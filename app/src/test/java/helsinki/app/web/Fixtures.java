package helsinki.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A small made-up corpus for the web tests, written to a folder: a letter, a document quoting markup, and a series of notes. */
final class Fixtures {

  static final String LETTER_TITLE = "Letter to the Minister on Detained Lawyers in Ruritania";
  static final int NOTES = 12;

  private Fixtures() {}

  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("letter.html"), """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>%s | Lantern Rights Watch</title>
        <meta name="author" content="Mara Quill">
        <meta property="article:published_time" content="2019-05-14">
        <meta property="og:site_name" content="Lantern Rights Watch">
        </head><body><main><article>
        <h1>%s</h1>
        <p>Dear Minister,</p>
        <p>We write about the eleven lawyers detained in Ruritania since February for defending protesters in court.
        Their detention breaches the guarantees of a fair trial that your government has promised to uphold.</p>
        <p>We ask you to release the detained lawyers without delay and to let observers attend their hearings.</p>
        <p>Sincerely,</p>
        <p>Mara Quill<br>Director, Lantern Rights Watch</p>
        </article></main></body></html>
        """.replace("%s", LETTER_TITLE), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("markup.txt"), """
        Security advisory on hostile markup

        Someone pasted <script>alert(1)</script> into a detained activist's petition form, and the form kept it.

        Staff should treat text from web forms as data and never as code.
        """, StandardCharsets.UTF_8);
    String[] places = {"Arden", "Brill", "Corvo", "Dunmere", "Elsby", "Fallow", "Grise", "Hollin", "Ister", "Jory", "Kell", "Lorne"};
    for (int i = 0; i < NOTES; i++) {
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%02d.txt", i)), String.format(Locale.ROOT, """
          Field note %d on water rights in %s

          Villagers in %s report that the reservoir was fenced off in month %d and that %d families lost access to water.
          The monitor from %s counted the wells by hand.
          """, i, places[i], places[i], i + 1, (i + 3) * 7, places[(i + 5) % NOTES]), StandardCharsets.UTF_8);
    }
    return folder;
  }
}
