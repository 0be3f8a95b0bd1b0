package helsinki.library;

import helsinki.core.Analysis;
import helsinki.core.Ask;
import helsinki.core.Entity;
import helsinki.core.EntityType;
import helsinki.core.Event;
import helsinki.core.InputException;
import helsinki.store.ItemKind;
import helsinki.store.LabelCount;
import helsinki.store.SearchIndex;
import helsinki.store.SearchQuery;
import helsinki.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds a {@link CountryProfile} from the store's documents about a country and their reviewed analyses. */
final class Countries {

  /** Reading every analysis of a country with thousands of documents would make its page slow; the newest say most. */
  static final int ANALYSES = 500;
  private static final int LISTED = 50;
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private final Store store;
  private final SearchIndex index;
  private final Function<Analysis, ReviewedAnalysis> reviewing;

  Countries(Store store, SearchIndex index, Function<Analysis, ReviewedAnalysis> reviewing) {
    this.store = store;
    this.index = index;
    this.reviewing = reviewing;
  }

  static String code(String country) throws InputException {
    String code = country.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new InputException(country, "not an ISO 3166-1 alpha-2 country code (like RU or BR)");
    }
    return code;
  }

  static @Nullable String name(String code) {
    return CODES.contains(code) ? new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH) : null;
  }

  CountryProfile profile(String country) throws InputException {
    String code = code(country);
    var hits = index.search(new SearchQuery("", code, null, null, null, null, 20));
    List<Analysis> analyses = store.analysesAbout(code, ANALYSES).stream().map(reviewing).map(ReviewedAnalysis::effective).toList();
    Map<String, Actor> actors = new HashMap<>();
    List<CountryProfile.CountryAsk> asks = new ArrayList<>();
    Map<String, Long> events = new TreeMap<>();
    for (Analysis a : analyses) {
      Map<String, Entity> byId = new HashMap<>();
      a.entities().forEach(e -> byId.put(e.id(), e));
      a.entities().stream().filter(e -> code.equals(e.country()) && e.type() != EntityType.PLACE)
          .forEach(e -> actors.computeIfAbsent(key(e.name()), k -> new Actor(e.name(), e.type())).add(a.id(), e.roles()));
      boolean mostlyHere = !a.countries().isEmpty() && a.countries().get(0).equals(code);
      if (asks.size() < LISTED) {
        for (Ask k : a.asks()) {
          Entity target = k.target() == null ? null : byId.get(k.target());
          boolean concerns = target != null && target.country() != null ? code.equals(target.country()) : mostlyHere;
          if (concerns && asks.size() < LISTED) {
            Entity requester = k.requester() == null ? null : byId.get(k.requester());
            asks.add(new CountryProfile.CountryAsk(a.id(), a.title(), k, target == null ? null : target.name(),
                requester == null ? null : requester.name(), reviewing.apply(a).state(ItemKind.ASK, k.id())));
          }
        }
      }
      for (Event v : a.events()) {
        boolean here = v.place() != null && v.place().country() != null ? code.equals(v.place().country()) : mostlyHere;
        if (here && v.when() != null && v.when().start() != null) {
          events.merge(Integer.toString(v.when().start().getYear()), 1L, Long::sum);
        }
      }
    }
    List<CountryProfile.ActorCount> top = actors.values().stream().map(Actor::count)
        .sorted(Comparator.comparingLong(CountryProfile.ActorCount::documents).reversed()
            .thenComparing(CountryProfile.ActorCount::name)).limit(LISTED).toList();
    List<LabelCount> eventsByYear = events.entrySet().stream().map(e -> new LabelCount(e.getKey(), e.getValue())).toList();
    return new CountryProfile(code, name(code), hits.total(), store.yearsAbout(code), eventsByYear, hits.hits(), top, asks,
        analyses.size());
  }

  /** How many documents are about each country, most first: the index's country facet. */
  List<LabelCount> counts() {
    return index.search(new SearchQuery("", null, null, null, null, null, 1)).facets().stream()
        .filter(f -> f.dimension().equals("country")).findFirst().map(f -> f.counts()).orElse(List.of());
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** One actor's tally while the analyses are read. */
  private static final class Actor {
    private final String name;
    private final EntityType type;
    private final Set<String> documents = new java.util.HashSet<>();
    private final Map<String, Integer> roles = new LinkedHashMap<>();

    Actor(String name, EntityType type) {
      this.name = name;
      this.type = type;
    }

    void add(String documentId, List<String> roleList) {
      documents.add(documentId);
      roleList.forEach(r -> roles.merge(r, 1, Integer::sum));
    }

    CountryProfile.ActorCount count() {
      List<String> byCount = roles.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(Map.Entry::getKey).limit(5).toList();
      return new CountryProfile.ActorCount(name, type, documents.size(), byCount);
    }
  }
}
