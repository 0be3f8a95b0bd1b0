package helsinki.core;

/** Kinds of diplomatic contact that asks are tied to. */
public enum EngagementType {
  VISIT, MEETING, CALL, SUMMIT, HEARING
}
