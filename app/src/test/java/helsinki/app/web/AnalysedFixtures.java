package helsinki.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Made-up documents (the project's own words) whose analyses have asks, people and places to mark and review. */
final class AnalysedFixtures {

  static final String LETTER_TITLE = "Letter to Interior Minister Jonas Varga before his trip to Baku";

  private AnalysedFixtures() {}

  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("varga.txt"), LETTER_TITLE + """


        June 2, 2022

        Dear Minister Varga:

        We write before your visit to Azerbaijan next month. The lawyer Leyla Mammadova has been held in Baku since
        January for defending journalists. We urge you to call for her immediate release.

        We also ask you to meet with the families of detained reporters while you are in Baku.

        Sincerely,

        Tomas Erdal, Director, Caspian Rights Monitor
        """, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("hostile.txt"), """
        Note on a hostile form in Baku

        March 3, 2023

        Someone typed <script>alert('Leyla Mammadova')</script> into the petition for Leyla Mammadova in Baku.
        We urge the Azerbaijani authorities to release Leyla Mammadova.
        """, StandardCharsets.UTF_8);
    return folder;
  }
}
