-- A person's decisions on what the machine extracted (ARCHITECTURE.md, "Provenance and review"):
-- CONFIRMED, CORRECTED (with the corrected fields as JSON) or REJECTED, with who, when and why.
-- Rows are only ever added, never changed or deleted: the table is its own audit trail, and an
-- item's decision is its latest row. Items are addressed by kind and evidence (offsets and quote),
-- not by their ids (A3 can become A4 when the analysis is made again), so that a decision finds its
-- item again after re-analysis; item_label keeps the id it had when decided, for people only.
-- Portable SQL, as in V1.

INSERT INTO counters (name, current_value) VALUES ('review', 0);

CREATE TABLE reviews (
  id BIGINT PRIMARY KEY,
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  item_kind VARCHAR(20) NOT NULL,
  item_start INTEGER NOT NULL,
  item_end INTEGER NOT NULL,
  item_quote TEXT NOT NULL,
  item_label VARCHAR(40),
  decision VARCHAR(20) NOT NULL,
  correction TEXT,
  reviewer VARCHAR(200) NOT NULL,
  note TEXT,
  decided_at BIGINT NOT NULL
);
CREATE INDEX reviews_document ON reviews (document_id, id);
CREATE INDEX reviews_decided ON reviews (decided_at);
CREATE INDEX reviews_reviewer ON reviews (reviewer);
