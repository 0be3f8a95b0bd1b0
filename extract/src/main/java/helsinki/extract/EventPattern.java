package helsinki.extract;

import helsinki.core.EventType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named way that texts state that something happened: a trigger phrase matched (ignoring case) within
 * one sentence, and the event type it names (TAXONOMY.md). {@link Events} reads the event's actors,
 * victims, place, time, counts and certainty around the trigger; a sentence that names several abuses
 * matches several patterns and yields one event per type.
 */
record EventPattern(String name, EventType type, Pattern pattern) {

  private static EventPattern of(String name, EventType type, String regex) {
    return new EventPattern(name, type, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** "hundreds protested", "a wave of protests", "a rally", "a hunger strike", "rioters", "a vigil", "blocked the highway", "a bandh", "boycotted classes", "gathered to demand". */
  static final EventPattern PROTEST = of("protest", EventType.PROTEST,
      "protest(?:s|ed|ing|ers?|ors?)|demonstrat(?:ions?|ors?|ed)|rall(?:y|ies|ied)|sit-ins?|(?-i:marched|marchers)"
          + "|(?:general|hunger|labou?r|workers['’]?|nationwide)\\s+strikes?|went\\s+on\\s+(?:a\\s+)?strike|on\\s+strike"
          + "|riot(?:s|ed|ing|ers)|picket(?:s|ed|ing)?|block(?:ed|ing|aded?)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:road|highway|street|motorway)s?"
          + "|(?:candlelight\\s+)?vigils?|(?:pelted|threw|hurled)\\s+(?:\\w+\\s+){0,3}(?:stones|rocks)|stone[\\s-]pelting|chant(?:ed|ing)\\s+(?:[\\w-]+\\s+)?slogans|took\\s+to\\s+the\\s+streets"
          + "|agitat(?:ion|ions|ing|ed)|dharnas?|bandhs?|hartals?|(?:a|the|peaceful|protest|silent)\\s+march(?:es)?"
          + "|(?:a|the|to|peaceful|street|mass|large|major|violent)\\s+protest(?!\\s+(?:letters?|notes?|votes?))"
          + "|(?:held|staged|organi[sz]ed|launched|joined)\\s+(?:\\w+\\s+){0,3}?protests?|boycott(?:ed|ing)?\\s+(?:\\w+\\s+)?(?:classes|lectures|exams|work)"
          + "|gathered\\s+(?:\\S+\\s+){0,8}?to\\s+(?:demand|denounce|condemn|call\\s+for|press\\s+for|oppose)");

  /** "the crackdown on peaceful protesters", "police dispersed the rally", "tear gas", "fired on demonstrators", "live rounds against marchers". */
  static final EventPattern PROTEST_REPRESSION = of("force against protesters", EventType.PROTEST_REPRESSION,
      "crack(?:ed)?\\s*-?down\\s+on\\s+(?:\\w+\\s+){0,2}(?:protest\\w*|demonstrat\\w*|rall\\w*|march\\w*)"
          + "|dispers(?:e|ed|ing|al\\s+of)\\s+(?:\\w+\\s+){0,3}(?:protest\\w*|demonstrat\\w*|crowds?|rall\\w*|march\\w*|gathering)"
          + "|tear\\s*-?gas(?:sed)?|water\\s+cannons?|rubber\\s+bullets|baton\\s*-?charged?|lathi\\s*-?charged?"
          + "|(?:fired|opened\\s+fire|shot)\\s+(?:live\\s+\\w+\\s+)?(?:at|on|into)\\s+(?:\\w+\\s+){0,2}(?:protest\\w*|demonstrat\\w*|crowds?|march\\w*)"
          + "|live\\s+(?:ammunition|rounds|bullets)\\s+(?:against|on|at)\\s+(?:\\w+\\s+){0,2}(?:protest\\w*|demonstrat\\w*|crowds?|march\\w*)"
          + "|(?:beat|clubbed|charged|attacked)\\s+(?:\\w+\\s+){0,2}(?:protesters|protestors|demonstrators|marchers)");

  /** "over 1,000 arrests", "police detained", "was jailed", "sentenced to five years", "political prisoners", "apprehended". */
  static final EventPattern ARREST = of("arrest or detention", EventType.ARREST,
      "(?<!cardiac\\s|citizen['’]s\\s|evading\\s|resisting\\s)arrest(?:s|ed|ing)?(?!\\s+warrants?)|detain(?:s|ed|ing|ees?)|detentions?|imprison(?:ed|ment|s)?|jail(?:ed|ing)?|incarcerat(?:ed|ion)"
          + "|taken\\s+into\\s+custody|in\\s+(?:police\\s+)?custody|behind\\s+bars|remanded|sentenced\\s+to|convicted|convictions?"
          + "|charged\\s+with|political\\s+prisoners?|prisoners?\\s+of\\s+conscience|rounded\\s+up|held\\s+incommunicado"
          + "|apprehended|nabbed|picked\\s+up\\s+by\\s+(?:the\\s+)?(?:police|security|officers|agents|soldiers)");

  /** "were disappeared", "enforced disappearances", "abducted", "kidnapped", "whereabouts remain unknown", "a ransom", "taken away by". */
  static final EventPattern DISAPPEARANCE = of("disappearance or abduction", EventType.DISAPPEARANCE,
      "disappearances?|(?:were|was|been|being|had|have|has)\\s+disappeared|forcibly\\s+disappeared|abduct(?:s|ed|ing|ions?|ors?)"
          + "|kidnap(?:s|ped|ping|pings|pers?)|taken\\s+hostage|hostages?|ransom|whereabouts\\s+(?:\\w+\\s+){0,2}unknown|went\\s+missing|taken\\s+away\\s+by");

  /** "tortured", "beatings", "electric shock", "ill-treatment", "forced into psychiatric treatment". */
  static final EventPattern TORTURE = of("torture or ill-treatment", EventType.TORTURE,
      "tortur(?:e|ed|es|ing)|beat(?:en|ings?)|(?:severely|brutally)\\s+beat|electric(?:al)?\\s+shocks?(?:\\s+treatments?)?"
          + "|ill-?\\s*treat(?:ed|ment)|mistreat(?:ed|ment)|forced\\s+(?:into\\s+)?psychiatric|psychiatric\\s+(?:treatment|detention|confinement)"
          + "|flogg(?:ed|ing)|lash(?:es|ed)|cruel,?\\s+inhuman");

  /** "raped", "sexual assault", "sexually abused". */
  static final EventPattern SEXUAL_VIOLENCE = of("sexual violence", EventType.SEXUAL_VIOLENCE,
      "rap(?:e|ed|es|ing)|gang-?\\s*rap\\w*|sexual(?:ly)?\\s+(?:assault\\w*|abus\\w*|violence|harass\\w*|exploit\\w*)|molest(?:ed|ation)?");

  /** "were killed", "murdered", "three deaths", "shot dead", "executed", "beheaded", "died in custody", "found dead", "three people died", "assassination". */
  static final EventPattern KILLING = of("killing", EventType.KILLING,
      "kill(?:s|ed|ing|ings)?|murder(?:s|ed|ing)?|(?:shot|stabbed|beat|beaten|hacked|clubbed|tortured|burnt|burned)\\s+(?:\\w+\\s+){0,5}to\\s+death|shot\\s+dead"
          + "|(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\\s+of|hundreds\\s+of)\\s+(?:\\w+\\s+)?deaths|deaths?\\s+in\\s+(?:police\\s+)?custody"
          + "|execut(?:ed|ions?)|behead(?:ed|ing|ings)|decapitated|died\\s+(?:in|under)\\s+(?:police\\s+|military\\s+|their\\s+|state\\s+)?(?:custody|cells?|detention)"
          + "|(?:was|were|been)\\s+found\\s+(?:\\w+\\s+)?dead|bod(?:y|ies)\\s+of\\s+(?:\\S+\\s+){0,6}?(?:was|were|has\\s+been|have\\s+been)\\s+(?:found|discovered|recovered)"
          + "|homicides?|(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens\\s+of|hundreds\\s+of)\\s+(?:\\w+\\s+){0,2}?(?:have\\s+|had\\s+)?died"
          + "|assassinat(?:ed|ions?)|lynch(?:ed|ing)|massacr(?:e|ed|es)"
          + "|gunned\\s+down|dead\\s+bod(?:y|ies)|bodies\\s+(?:were|was)\\s+found|left\\s+\\w+\\s+(?:people\\s+)?dead");

  /** "attacked", "assaulted", "survived a poisoning", "stabbed", "injured", "a suicide bombing", "grenade". */
  static final EventPattern ATTACK = of("attack", EventType.ATTACK,
      "attack(?:s|ed|ing|ers)?|assault(?:s|ed|ing)?|poison(?:ed|ing|ings)?|stabb(?:ed|ing)|(?:was|were)\\s+shot(?!\\s+dead)|shot\\s+at"
          + "|injur(?:ed|ies|ing)|wound(?:ed|ing)|bomb(?:s|ed|ings?|ers?)|suicide\\s+(?:car\\s+|truck\\s+)?bomb\\w*|grenades?|explosions?|ambush(?:ed)?"
          + "|acid\\s+attack|set\\s+on\\s+fire|gunmen\\s+opened\\s+fire|open(?:ed)?\\s+fire\\s+on|hurt");

  /** "persecution", "harassment", "threats", "intimidation", "extortion", "raided", "surveillance", "discrimination". */
  static final EventPattern PERSECUTION = of("persecution or harassment", EventType.PERSECUTION,
      "persecut(?:e|ed|ion|ing)|harass(?:ed|ment|ing)?|threatened|death\\s+threats?|threats\\s+(?:against|to)|received\\s+threats"
          + "|threatening\\s+(?:messages|calls|letters)|intimidat(?:e|ed|ion|ing)|extort(?:ed|ion)?"
          + "|raid(?:s|ed)?|surveil(?:led|lance)|discriminat(?:ed|ion|ory)|smear\\s+campaigns?|reprisals?|crack(?:ed)?\\s*-?down"
          + "|stigmati[sz](?:ed|ation)|targeted|blackmail(?:ed)?");

  /** "the 'foreign agents' law", "banned", "censorship", "blocked access", "labeled as terrorist", "shut down". */
  static final EventPattern RESTRICTION = of("restrictive law or measure", EventType.RESTRICTION,
      "[\"“”']?foreign\\s+agents?[\"“”']?\\s+(?:law|legislation|status|registry|label)|censor(?:ed|ship|ing)|banned|bans?\\s+on"
          + "|outlaw(?:ed|s)?|blocked\\s+access|shut\\s+down|(?:labell?ed|designated|branded|declared)\\s+(?:\\w+\\s+){0,5}(?:as\\s+)?(?:an?\\s+)?(?:terrorists?|extremists?|undesirable)"
          + "|liquidat(?:ed|ion)|internet\\s+shutdowns?|curfew|state\\s+of\\s+emergency|restrict(?:ed|ions?|ive)");

  /** "air strikes", "shelling", "mortars", "warplanes bombed", "the annexation of Crimea", "clashes between troops", "heavy fighting", "rebels overran the town". */
  static final EventPattern MILITARY_FORCE = of("military force", EventType.MILITARY_FORCE,
      "air\\s*-?strikes?|airstrikes?|(?:drone|missile|rocket)\\s+(?:strikes?|attacks?)|shell(?:ing|ed)|bombard(?:ed|ment)|artillery"
          + "|aggression|annex(?:ation|ed)|invasion|invaded|military\\s+(?:offensive|operations?|occupation)|occupied|occupation"
          + "|armed\\s+clash(?:es)?|clash(?:ed|es)\\s+(?:with|between)|fighting\\s+between|exchanged?\\s+(?:of\\s+)?(?:gun)?fire|clashed|gun\\s*(?:battle|fight)s?|firefights?"
          + "|(?:regained|recaptured|retook|seized|captured|took)\\s+(?:\\w+\\s+){0,2}control|(?:troops|forces)\\s+(?:seized|captured|entered|took)(?!\\s+(?:\\w+\\s+){0,3}(?:weapons|arms|ammunition|explosives|rifles|guns|drugs|caches?|consignments?|cargo))"
          + "|(?:regained|recaptured|retook|reclaimed|seized|captured|took\\s+over|overran|overrun|liberated)\\s+(?:\\w+\\s+){0,3}"
          + "(?:towns?|city|cities|villages?|districts?|bases?|posts?|outposts?|headquarters|territory|areas?|positions?|checkpoints?|garrisons?)"
          + "|(?:heavy|fierce|intense|renewed)\\s+fighting|fighting\\s+(?:broke\\s+out|erupted|raged)|traded\\s+(?:gun)?fire|gun\\s*battles?"
          + "|mortars?(?:\\s+(?:rounds|shells|bombs|fire))?|(?:rockets?|missiles?)\\s+(?:were\\s+)?(?:fired|launched|landed|struck|hit)"
          + "|fired\\s+(?:\\w+\\s+){0,2}(?:rockets?|missiles?|shells)|(?:warplanes|war\\s*planes|fighter\\s+jets|jets|aircraft|drones?|helicopter\\s+gunships|gunships)"
          + "\\s+(?:\\w+\\s+){0,2}(?:bombed|struck|hit|strafed|pounded|targeted)|clashes\\s+(?:erupted|broke\\s+out)|gun\\s*-?fights?"
          + "|encounters?\\s+(?:with|between)\\s+(?:\\w+\\s+){0,2}(?:security|police|troops|forces|army|militants|terrorists|maoists|naxal\\w*|rebels|insurgents)|air\\s+raids?");

  /** "corrupt practices", "the corruption of", "bribery", "embezzled", "money laundering", "kleptocracy". */
  static final EventPattern CORRUPTION = of("corruption", EventType.CORRUPTION,
      "corrupt\\s+(?:practices|officials?|deals?|schemes?)|corruption\\s+(?:of|by|in)|brib(?:e|es|ed|ery)|embezzl(?:e|ed|ement|ing)"
          + "|money\\s+laundering|kleptocra(?:cy|tic|ts?)|misappropriat(?:ed|ion)|graft|accused\\s+of\\s+corruption");

  /** "Russian meddling in our recent presidential election", "vote rigging", "electoral fraud". */
  static final EventPattern ELECTION_INTERFERENCE = of("election interference", EventType.ELECTION_INTERFERENCE,
      "(?:meddling|interference|interfering)\\s+in\\s+(?:\\w+\\s+){0,4}elections?|(?:electoral|election|voter?)\\s+(?:fraud|rigging|manipulation)"
          + "|rigg(?:ed|ing)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:elections?|votes?|polls?)|ballot[\\s-]+stuffing");

  /** Every event pattern, in the order they are tried. */
  static final List<EventPattern> ALL = List.of(PROTEST, PROTEST_REPRESSION, ARREST, DISAPPEARANCE, TORTURE, SEXUAL_VIOLENCE,
      KILLING, ATTACK, PERSECUTION, RESTRICTION, MILITARY_FORCE, CORRUPTION, ELECTION_INTERFERENCE);
}
