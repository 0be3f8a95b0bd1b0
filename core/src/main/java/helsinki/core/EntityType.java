package helsinki.core;

/** The kinds of actor and place an entity can be, per TAXONOMY.md. */
public enum EntityType {
  PERSON, ORGANIZATION, GOVERNMENT, GROUP, PLACE
}
