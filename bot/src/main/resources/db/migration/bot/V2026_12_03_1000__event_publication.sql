-- Spring Modulith's event publication registry (issue 19): one row per event and listener, written in
-- the transaction that published the event, deleted when the listener succeeded
-- (spring.modulith.events.completion-mode=delete); a row left is a reaction still owed, republished
-- at start and by OutstandingEvents. Exactly the schema of spring-modulith-events-jdbc 1.4.4
-- (schema-postgresql.sql), whose own initialisation is off: Flyway owns the schema.
CREATE TABLE IF NOT EXISTS event_publication
(
  id               UUID NOT NULL,
  listener_id      TEXT NOT NULL,
  event_type       TEXT NOT NULL,
  serialized_event TEXT NOT NULL,
  publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
