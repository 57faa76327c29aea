using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

public static partial class DapperTypeHandlers
{
    /// <summary>Money is exact: text on SQLite (whose numeric affinity would make it a double), DECIMAL on SQL Server.</summary>
    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(IDbDataParameter parameter, decimal value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                // One type for every value (the widest column is DECIMAL(19,8)), so that SQL Server caches one plan, not
                // one per value's digits.
                parameter.DbType = DbType.Decimal;
                parameter.Precision = 28;
                parameter.Scale = 8;
                parameter.Value = value;
            }
        }

        public override decimal Parse(object value) => value switch
        {
            decimal d => d,
            string text => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
            long l => l,
            double d => (decimal)d,
            _ => throw new DataException($"Cannot read a decimal from {value.GetType().Name}."),
        };
    }
}
