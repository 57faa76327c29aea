using Iom.SharedKernel.Data;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.Data;

internal sealed class MigrationDataDatabase(IOptions<DatabaseOptions> options)
    : ModuleDatabase(MigrationDataModule.SchemaName, options.Value);
