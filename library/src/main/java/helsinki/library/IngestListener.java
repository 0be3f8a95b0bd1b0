package helsinki.library;

/** Hears how an ingest goes, from the writer's thread, one call per input in input order. */
public interface IngestListener {

  /** Nobody listens. */
  IngestListener NONE = new IngestListener() {};

  /** The plan: {@code total} inputs, of which {@code alreadyDone} were done by an earlier, interrupted run. */
  default void planned(int total, int alreadyDone) {}

  /** One input is done; {@code done} of {@code total} are now done. */
  default void item(ItemReport report, int done, int total) {}
}
