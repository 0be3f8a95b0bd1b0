package helsinki.app.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** The pages' Pebble templates, read from the classpath once; every {@code {{ value }}} is escaped for HTML. */
final class Templates {

  private final PebbleEngine engine;

  Templates() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("helsinki/app/web/templates");
    loader.setSuffix(".peb");
    this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
        .defaultLocale(Locale.ROOT).strictVariables(false).build();
  }

  /** The page made by template {@code name} from {@code model}. */
  String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    Map<String, Object> withNav = new java.util.HashMap<>(model);
    withNav.putIfAbsent("nav", Navigation.LINKS);
    try {
      engine.getTemplate(name).evaluate(out, withNav, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the page " + name, e);
    }
    return out.toString();
  }
}
