-- Events across the library (issue 4): one row per event of each kept analysis, with what the
-- library fetches candidates by (type, country, days), so that grouping reports of one happening
-- reads a country's or a period's events instead of every analysis. The groups themselves are not
-- stored: they are formed on read by extract's EventMatch over the events these rows select, so they
-- can never disagree with the analyses. `first_day`/`last_day` are the event's reported time, else
-- its document's date. event_keyed says at which change of its document each analysis was keyed, so
-- that an analysis kept again (ingest, re-analysis) is keyed again and a replaced text loses its keys.
-- Portable SQL, as in V1.

CREATE TABLE event_keys (
  document_id VARCHAR(40) NOT NULL REFERENCES documents (id),
  event_id VARCHAR(20) NOT NULL,
  type VARCHAR(30) NOT NULL,
  country VARCHAR(10),
  first_day VARCHAR(10),
  last_day VARCHAR(10),
  PRIMARY KEY (document_id, event_id)
);
CREATE INDEX event_keys_type ON event_keys (type, country, first_day);

CREATE TABLE event_keyed (
  document_id VARCHAR(40) PRIMARY KEY REFERENCES documents (id),
  change_seq BIGINT NOT NULL
);
