package helsinki.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two made-up documents for the workbench tests, in our own words: a letter asking a named foreign
 * minister to do things on an upcoming visit, and a later dispatch saying he did not meet civil
 * society there. The dispatch's title holds markup, which every page must show as text.
 */
final class WorkbenchFixtures {

  static final String LETTER_TITLE = "Letter to Foreign Minister Aldous Varga on his visit to Moldova";
  static final String DISPATCH_TITLE = "Dispatch <script>alert(1)</script> Varga's Moldova visit";

  private WorkbenchFixtures() {}

  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("letter.html"), """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>%s</title>
        <meta name="author" content="Petra Lind">
        <meta property="article:published_time" content="2021-03-02">
        <meta property="og:site_name" content="Northwind Rights Council">
        </head><body><main><article>
        <h1>%s</h1>
        <p>Dear Minister Varga,</p>
        <p>Your upcoming visit to Moldova comes at a time when journalists there face lawsuits for their reporting.</p>
        <p>We urge you to meet with members of Moldova's civil society and independent journalists during your visit.</p>
        <p>We also urge you to raise the case of the imprisoned editor Ilie Sorescu with the authorities in Chisinau.</p>
        <p>Sincerely,</p>
        <p>Petra Lind<br>Director, Northwind Rights Council</p>
        </article></main></body></html>
        """.replace("%s", LETTER_TITLE), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("dispatch.html"), """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>%s</title>
        <meta property="article:published_time" content="2021-03-20">
        <meta property="og:site_name" content="Harbor Watch">
        </head><body><main><article>
        <h1>%s</h1>
        <p>Foreign Minister Aldous Varga traveled to Moldova on March 15, 2021, for talks with the government.</p>
        <p>During the trip, Varga didn't meet with any of Moldova's civil society leaders or independent journalists.</p>
        <p>Observers said the silence was a missed chance to support a free press.</p>
        </article></main></body></html>
        """.replace("%s", DISPATCH_TITLE.replace("<", "&lt;").replace(">", "&gt;")), StandardCharsets.UTF_8);
    return folder;
  }
}
