package helsinki.core;

/** What became of an ask; OPEN until evidence says otherwise. */
public enum OutcomeStatus {
  MET, PARTIALLY_MET, NOT_MET, ACCEPTED, REJECTED, OPEN
}
