-- The scopes a stored response was made with: a replay answers only a caller who holds them now.
ALTER TABLE idempotency_records ADD COLUMN required_scopes TEXT NULL;
-- The sweeps of expired idempotency records and of delivered outbox messages find their rows by age.
CREATE INDEX ix_idempotency_records_expiry ON idempotency_records (created_at);
CREATE INDEX ix_outbox_messages_delivered ON outbox_messages (status, delivered_at);
