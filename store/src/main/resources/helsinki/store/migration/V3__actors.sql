-- Canonical actors across the library (issue 3): one row per actor; the document entities linked to
-- each (with the forms, roles and country each document gave it, so that an actor's aliases, roles
-- with first and last dates, and documents are read from its entities); the lookup keys under which
-- candidates are found; and people's decisions (merge, split) with who and when, which re-analysis
-- never undoes. Portable SQL as in V1: TEXT, VARCHAR, BIGINT only; lists are JSON text, dates ISO
-- text, instants epoch milliseconds.

INSERT INTO counters (name, current_value) VALUES ('actor', 0);
INSERT INTO counters (name, current_value) VALUES ('actor_decision', 0);

-- `merged_into` is set when a person merged this actor into another: the id keeps answering (it
-- leads to the actor it became) and nothing is linked to it again.
CREATE TABLE actors (
  id VARCHAR(40) PRIMARY KEY,
  type VARCHAR(20) NOT NULL,
  name TEXT NOT NULL,
  country VARCHAR(10),
  merged_into VARCHAR(40) REFERENCES actors (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX actors_merged_into ON actors (merged_into);

-- Which canonical actor each entity of each analysed document is; replaced when the document is
-- analysed again. `seen` is the date the document speaks for (its publication date, else its ingest day).
CREATE TABLE actor_entities (
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  entity_id VARCHAR(40) NOT NULL,
  actor_id VARCHAR(40) NOT NULL REFERENCES actors (id),
  type VARCHAR(20) NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  country VARCHAR(10),
  seen VARCHAR(10),
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX actor_entities_actor ON actor_entities (actor_id);

-- Keys ("p:surname", "n:folded name", "a:acronym", "g:country") under which candidates are looked up.
-- `document_id` is the document whose entity gave the key, or '' for a key a person's decision pinned.
CREATE TABLE actor_keys (
  lookup_key VARCHAR(400) NOT NULL,
  actor_id VARCHAR(40) NOT NULL REFERENCES actors (id),
  document_id VARCHAR(40) NOT NULL,
  PRIMARY KEY (lookup_key, actor_id, document_id)
);
CREATE INDEX actor_keys_actor ON actor_keys (actor_id);
CREATE INDEX actor_keys_document ON actor_keys (document_id);

-- What people's decisions pinned: an ALIAS that belongs to the actor (a merge pins the merged
-- actor's forms), or a BLOCK, a folded name that must never join it again (a split).
CREATE TABLE actor_pins (
  actor_id VARCHAR(40) NOT NULL REFERENCES actors (id),
  kind VARCHAR(10) NOT NULL,
  pinned TEXT NOT NULL,
  decision_id BIGINT NOT NULL
);
CREATE INDEX actor_pins_actor ON actor_pins (actor_id);

-- The audit trail: MERGE (actor_id absorbed subject; result_id = actor_id) or SPLIT (subject, an
-- alias, left actor_id for the new actor result_id).
CREATE TABLE actor_decisions (
  id BIGINT PRIMARY KEY,
  kind VARCHAR(10) NOT NULL,
  actor_id VARCHAR(40) NOT NULL,
  subject TEXT NOT NULL,
  result_id VARCHAR(40) NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at BIGINT NOT NULL
);
CREATE INDEX actor_decisions_actor ON actor_decisions (actor_id);
