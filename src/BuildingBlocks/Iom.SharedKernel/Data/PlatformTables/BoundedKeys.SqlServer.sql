-- Idempotency records are keyed by a SHA-256 of the caller (64 hex digits), so that the key stays within the 900 bytes
-- of a clustered key however long a token's subject and client id are (NVARCHAR(450) + NVARCHAR(255) could reach 1,410).
-- The records of the last 24 hours are kept, their callers hashed as the filter now hashes them.
SELECT CONVERT(CHAR(64), HASHBYTES('SHA2_256', client_key), 2) AS client_key, idempotency_key, request_hash, status_code,
       response_headers, response_body, required_scopes, created_at
INTO #kept_idempotency_records
FROM {schema}.idempotency_records;
DROP TABLE {schema}.idempotency_records;
CREATE TABLE {schema}.idempotency_records (
    client_key       CHAR(64)          NOT NULL,
    idempotency_key  NVARCHAR(255)     NOT NULL,
    request_hash     CHAR(64)          NOT NULL,
    status_code      INT               NOT NULL,
    response_headers NVARCHAR(MAX)     NOT NULL,
    response_body    NVARCHAR(MAX)     NOT NULL,
    required_scopes  NVARCHAR(1000)    NULL,
    created_at       DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (client_key, idempotency_key)
);
CREATE INDEX ix_idempotency_records_created ON {schema}.idempotency_records (client_key, created_at);
CREATE INDEX ix_idempotency_records_expiry ON {schema}.idempotency_records (created_at);
INSERT INTO {schema}.idempotency_records (client_key, idempotency_key, request_hash, status_code, response_headers, response_body, required_scopes, created_at)
SELECT client_key, idempotency_key, request_hash, status_code, response_headers, response_body, required_scopes, created_at
FROM #kept_idempotency_records;
DROP TABLE #kept_idempotency_records;
