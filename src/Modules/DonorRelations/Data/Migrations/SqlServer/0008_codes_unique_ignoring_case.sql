-- Codes, references and identifiers compare ignoring case on SQL Server through the database's collation (ADR 0023), as
-- the COLLATE NOCASE unique indexes of this step make them on SQLite. A database of another collation would compare them
-- otherwise, and sort them otherwise: it is refused here, and readiness reports it.
IF CONVERT(NVARCHAR(128), DATABASEPROPERTYEX(DB_NAME(), 'Collation')) <> N'Latin1_General_100_CI_AS_SC_UTF8'
    THROW 50023, N'Create the database with COLLATE Latin1_General_100_CI_AS_SC_UTF8 (README: pointing it at SQL Server).', 1;
