-- 003: what the staff commands read. The register itself is derived in code (src/reconcile)
-- from the current extractions and the latest decision per message, never stored twice.

-- The latest staff decision on each message: a message's decided reading is its `after`.
CREATE INDEX decisions_message_latest ON decisions (message_id, id);
CREATE VIEW latest_decisions AS
  SELECT d.* FROM decisions d
  WHERE d.message_id IS NOT NULL
    AND d.id = (SELECT max(d2.id) FROM decisions d2 WHERE d2.message_id = d.message_id);
