-- The library: documents, the sources they were read from, near-duplicate links, MinHash bands
-- for finding those links, and ingest jobs for resuming. Portable SQL: this one file runs on both
-- SQLite and PostgreSQL, so only TEXT, VARCHAR, BIGINT, INTEGER and DOUBLE PRECISION are used,
-- lists are JSON text, dates ISO text and instants epoch milliseconds.

CREATE TABLE counters (
  name VARCHAR(40) PRIMARY KEY,
  current_value BIGINT NOT NULL
);
INSERT INTO counters (name, current_value) VALUES ('change_seq', 0);
INSERT INTO counters (name, current_value) VALUES ('ingest_job', 0);

CREATE TABLE documents (
  id VARCHAR(40) PRIMARY KEY,
  text_hash VARCHAR(128) NOT NULL UNIQUE,
  source TEXT NOT NULL,
  media_type VARCHAR(200) NOT NULL,
  title TEXT,
  subtitle TEXT,
  publisher TEXT,
  authors TEXT NOT NULL,
  published VARCHAR(10),
  language VARCHAR(20),
  kind VARCHAR(20) NOT NULL,
  addressees TEXT NOT NULL,
  body TEXT NOT NULL,
  captions TEXT NOT NULL,
  countries TEXT NOT NULL,
  visibility VARCHAR(20) NOT NULL DEFAULT 'PUBLIC',
  min_hash TEXT NOT NULL,
  ingested_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  change_seq BIGINT NOT NULL
);
CREATE INDEX documents_change_seq ON documents (change_seq);

CREATE TABLE sources (
  source TEXT PRIMARY KEY,
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  added_at BIGINT NOT NULL,
  seen_at BIGINT NOT NULL
);
CREATE INDEX sources_document ON sources (document_id);

CREATE TABLE near_duplicates (
  doc_a VARCHAR(40) NOT NULL REFERENCES documents (id),
  doc_b VARCHAR(40) NOT NULL REFERENCES documents (id),
  similarity DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (doc_a, doc_b)
);
CREATE INDEX near_duplicates_b ON near_duplicates (doc_b);

CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band, bucket, document_id)
);
CREATE INDEX minhash_bands_document ON minhash_bands (document_id);

CREATE TABLE ingest_jobs (
  id BIGINT PRIMARY KEY,
  inputs_key VARCHAR(64) NOT NULL,
  inputs TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX ingest_jobs_key ON ingest_jobs (inputs_key);

CREATE TABLE ingest_items (
  job_id BIGINT NOT NULL REFERENCES ingest_jobs (id),
  seq_no INTEGER NOT NULL,
  input TEXT NOT NULL,
  state VARCHAR(20) NOT NULL,
  outcome VARCHAR(20),
  document_id VARCHAR(40),
  message TEXT,
  PRIMARY KEY (job_id, seq_no)
);
