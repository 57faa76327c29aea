using Iom.SharedKernel.Data;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.Data;

internal sealed class ResearchDatabase(IOptions<DatabaseOptions> options)
    : ModuleDatabase(ResearchModule.SchemaName, options.Value);
