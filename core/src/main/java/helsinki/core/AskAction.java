package helsinki.core;

/** What an ask asks the target to do (CAMEO 02 family, TAXONOMY.md). */
public enum AskAction {
  RAISE, CONDEMN, MEET, REPEAL, ADOPT, RELEASE, INVESTIGATE, END, PROTECT, SANCTION, SUPPORT, OTHER
}
