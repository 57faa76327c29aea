using Iom.SharedKernel.Data;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Data;

internal sealed class GoverningBodiesDatabase(IOptions<DatabaseOptions> options)
    : ModuleDatabase(GoverningBodiesModule.SchemaName, options.Value);
