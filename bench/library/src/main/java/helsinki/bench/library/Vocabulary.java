package helsinki.bench.library;

import java.util.List;
import java.util.Random;

/** Words and phrases of NGO writing, made up for the benchmark corpus: places, groups, abuses and asks. */
final class Vocabulary {

  static final List<String> COUNTRIES = List.of("Belarus", "Georgia", "Egypt", "Uganda", "Mexico", "Iran",
      "the Philippines", "Ethiopia", "Venezuela", "Kazakhstan", "Myanmar", "Turkey", "Nicaragua", "Bangladesh",
      "Azerbaijan", "Cambodia", "Zimbabwe", "Tajikistan", "Bahrain", "Colombia");
  static final List<String> CITIES = List.of("Minsk", "Tbilisi", "Cairo", "Kampala", "Guadalajara", "Tehran", "Davao",
      "Mekelle", "Caracas", "Almaty", "Sittwe", "Diyarbakir", "Managua", "Dhaka", "Baku", "Phnom Penh", "Harare",
      "Khorog", "Manama", "Cali");
  static final List<String> VICTIMS = List.of("journalists", "human rights defenders", "students", "lawyers",
      "opposition activists", "trade unionists", "environmental campaigners", "women's rights activists",
      "members of religious minorities", "refugees", "indigenous leaders", "community radio hosts",
      "LGBT activists", "relatives of detainees", "election observers", "medical workers");
  static final List<String> PERPETRATORS = List.of("the police", "security forces", "plain-clothes officers",
      "the military", "a pro-government militia", "the state security service", "prison guards",
      "unidentified armed men", "riot police", "border guards");
  static final List<String> ACTS = List.of("detained", "arrested", "beat", "abducted", "interrogated", "threatened",
      "fined", "charged", "sentenced", "shot at", "forcibly disappeared", "placed under travel bans");
  static final List<String> OCCASIONS = List.of("a peaceful protest", "the disputed election", "a strike at the port",
      "a vigil for the victims", "the publication of an investigation", "a march for land rights",
      "a press conference", "a memorial service", "a court hearing", "a student assembly");
  static final List<String> TARGETS = List.of("the government", "the Minister of Interior", "the Prosecutor General",
      "the President", "the parliament", "the European Union", "the UN Human Rights Council",
      "the Special Rapporteur on human rights defenders", "donor governments", "the African Union",
      "the Organization of American States", "the Secretary of State");
  static final List<String> ASKS = List.of("release everyone held for peaceful protest",
      "repeal the law on foreign agents", "open an independent investigation into the killings",
      "allow independent monitors into places of detention", "end the practice of enforced disappearance",
      "protect journalists who report on corruption", "impose targeted sanctions on those responsible",
      "raise these cases publicly during the upcoming visit", "meet with civil society before the summit",
      "ratify the convention against torture", "lift the ban on the independent trade union",
      "restore access to the internet in the affected provinces");
  static final List<String> CONTEXT = List.of(
      "Independent monitors documented dozens of similar cases in the provinces over the past year.",
      "Families said they were not told where their relatives were being held.",
      "Lawyers were denied access to their clients for several days.",
      "The authorities described the detainees as a threat to public order.",
      "State television broadcast what it called confessions by several of the accused.",
      "Medical reports seen by our researchers are consistent with beatings in custody.",
      "The court refused to hear witnesses for the defence.",
      "Several of those released said they had been forced to sign statements they were not allowed to read.",
      "The ministry did not respond to our written request for comment.",
      "Witnesses described tear gas fired into a crowd that included children.",
      "Local officials warned villagers not to speak to foreign reporters.",
      "Donors have so far remained silent about the crackdown.");
  static final List<String> PREFIXES = List.of("Northern", "Open", "Civic", "Independent", "Coastal", "Mountain",
      "Free", "Common", "Bright", "Steady");
  static final List<String> MIDDLES = List.of("Rights", "Justice", "Liberty", "Voices", "Dignity", "Law");
  static final List<String> SUFFIXES = List.of("Watch", "Network", "Initiative", "Monitor", "Forum", "Centre");

  private Vocabulary() {}

  static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  /** One of the 360 made-up organisations. */
  static String organisation(Random random) {
    return pick(PREFIXES, random) + " " + pick(MIDDLES, random) + " " + pick(SUFFIXES, random);
  }
}
