using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

public static partial class DapperTypeHandlers
{
    /// <summary>A time of day: <c>HH:mm:ss</c> text on SQLite (text order is time order), TIME on SQL Server.</summary>
    private sealed class TimeOnlyHandler : SqlMapper.TypeHandler<TimeOnly>
    {
        public override void SetValue(IDbDataParameter parameter, TimeOnly value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.Time;
                parameter.Value = value.ToTimeSpan();
            }
        }

        public override TimeOnly Parse(object value) => value switch
        {
            TimeOnly time => time,
            TimeSpan span => TimeOnly.FromTimeSpan(span),
            string text => TimeOnly.ParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read a TimeOnly from {value.GetType().Name}."),
        };
    }
}
