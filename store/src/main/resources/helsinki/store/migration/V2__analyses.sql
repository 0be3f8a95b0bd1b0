-- Each document's latest analysis: the FORMAT.md object without its text and captions (the document
-- row holds those), written by ingest or by re-analysis. It is derived from the document and can
-- always be computed again; a person's review decisions live apart and are never overwritten by it.
-- `analyzer` names the version of the analysis code that wrote it, so that a newer Helsinki can
-- find what is stale.

CREATE TABLE analyses (
  document_id VARCHAR(40) PRIMARY KEY REFERENCES documents (id),
  analysis TEXT NOT NULL,
  analyzer VARCHAR(40) NOT NULL,
  analyzed_at BIGINT NOT NULL
);
CREATE INDEX analyses_analyzer ON analyses (analyzer);
