-- The asks tracker's listing (issue 5): /api/asks pages through the keyed asks in the listing's order
-- (document date, then document, then ask) instead of reading every analysis per request. link_keys
-- already holds one row per ask and actor key, with its document's date, maintained as each document
-- is linked; this index lets a page be read in that order without sorting every ask. Portable SQL, as in V1.

CREATE INDEX link_keys_listing ON link_keys (kind, published, document_id, item_id);
