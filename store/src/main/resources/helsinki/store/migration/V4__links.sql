-- The link stage across documents. Derived from the analyses (like them it can be computed again):
-- link_keys says which actor each ask, outcome and engagement of a document is about (a key such as a
-- person's surname), so that the linker fetches candidates by actor and date instead of reading every
-- analysis; outcome_links ties an outcome to each ask it answers, with the score and reason of the
-- rule that accepted it; engagement_members groups the documents' engagements into library engagements.
-- An ask's status is not stored: it is read from its links (OPEN when it has none), so that it can
-- never disagree with them. Portable SQL, as in V1.

CREATE TABLE link_keys (
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  item_id VARCHAR(20) NOT NULL,
  kind VARCHAR(12) NOT NULL,
  actor_key VARCHAR(200) NOT NULL,
  published VARCHAR(10),
  PRIMARY KEY (document_id, item_id, actor_key)
);
CREATE INDEX link_keys_actor ON link_keys (kind, actor_key);

CREATE TABLE outcome_links (
  outcome_document VARCHAR(40) NOT NULL REFERENCES documents (id),
  outcome_id VARCHAR(20) NOT NULL,
  ask_document VARCHAR(40) NOT NULL REFERENCES documents (id),
  ask_id VARCHAR(20) NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (outcome_document, outcome_id, ask_document, ask_id)
);
CREATE INDEX outcome_links_ask ON outcome_links (ask_document, ask_id);

CREATE TABLE engagement_members (
  engagement VARCHAR(40) NOT NULL,
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  item_id VARCHAR(20) NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (document_id, item_id)
);
CREATE INDEX engagement_members_engagement ON engagement_members (engagement);
