using System.Globalization;
using Dapper;

namespace Iom.SharedKernel.Data;

/// <summary>
/// One storage format per type on SQLite (which has no Guid, date or offset types), native types on SQL Server.
/// Guids are upper-case text (what Microsoft.Data.Sqlite itself binds, which Dapper falls back to when it expands IN @list), instants are UTC text with a fixed width (so text order is time order), dates ISO 8601.
/// See docs/adr/0004-sql-dialects.md.
/// </summary>
public static partial class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        DefaultTypeMap.MatchNamesWithUnderscores = true;

        // IN @list sends one parameter per item; padding (with the last value) to a few sizes keeps SQL Server's plan
        // cache from holding one plan per list length.
        SqlMapper.Settings.PadListExpansions = true;
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new TimeOnlyHandler());
        SqlMapper.RemoveTypeMap(typeof(decimal));
        SqlMapper.RemoveTypeMap(typeof(decimal?));
        SqlMapper.AddTypeHandler(new DecimalHandler());
    }

    /// <summary>The text an instant is stored as on SQLite.</summary>
    public static string ToSqliteText(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
