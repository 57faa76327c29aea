using System.Data;
using System.Data.Common;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// The parameters of a loaded observation row on SQLite, typed and sized as its columns are, so that the statement is
/// prepared once for a whole file (SQL Server copies rows in bulk instead: <see cref="SqlServerBatchCopy"/>).
/// </summary>
internal static class ObservationParameters
{
    private static readonly (string Name, DbType Type, int Size)[] Row =
    [
        ("@i", DbType.Int32, 0), ("@e", DbType.Int32, 0), ("@a", DbType.String, 16), ("@p", DbType.String, 7), ("@v", DbType.Double, 0), ("@s", DbType.String, 20),
        ("@x", DbType.String, 3), ("@g", DbType.String, 12), ("@o", DbType.String, 16),
    ];

    /// <summary>Adds <paramref name="leading"/> then the row's nine parameters to <paramref name="command"/>.</summary>
    public static void Add(DbCommand command, params (string Name, DbType Type, int Size)[] leading)
    {
        foreach (var (name, type, size) in leading.Concat(Row))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            if (size > 0)
            {
                parameter.Size = size;
            }

            command.Parameters.Add(parameter);
        }
    }
}
