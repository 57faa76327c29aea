using System.Globalization;
using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>An analysis as JSON, or as CSV when the caller asks for format=csv.</summary>
internal static class AnalysisTables
{
    private const string CsvMediaType = "text/csv";

    public static IResult Answer<T>(T report, string? format, Func<T, string> toCsv) =>
        EnumText.ParseOptional<TableFormat>(format) == TableFormat.Csv ? Results.Text(toCsv(report), CsvMediaType + "; charset=utf-8") : Results.Ok(report);
}

internal enum TableFormat
{
    Json,
    Csv,
}
