namespace Iom.SharedKernel.Data;

/// <summary>
/// How text compares on both engines (ADR 0023): codes, references and symbols are equal, and unique, ignoring case.
/// SQL Server gets it from the database's collation, pinned here and checked by readiness and by the migrations;
/// SQLite from <c>COLLATE NOCASE</c> unique indexes on the codes that may hold small letters.
/// </summary>
public static class TextComparison
{
    /// <summary>Case-insensitive, accent-sensitive, supplementary characters as one character, UTF-8 for VARCHAR.</summary>
    public const string SqlServerCollation = "Latin1_General_100_CI_AS_SC_UTF8";

    /// <summary>The collation of the database the connection is in.</summary>
    public const string DatabaseCollationSql = "SELECT CONVERT(NVARCHAR(128), DATABASEPROPERTYEX(DB_NAME(), 'Collation'))";
}
