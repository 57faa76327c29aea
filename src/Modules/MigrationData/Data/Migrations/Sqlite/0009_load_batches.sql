-- SQL Server only: its loads copy batches in bulk through migration_data.load_batches. SQLite loads insert row by row
-- with one prepared statement, as fast there, and need no such table. The step keeps the journals of both engines alike.
SELECT 1;
