using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Indicators by code.</summary>
/// <param name="Topic">Only this topic.</param>
/// <param name="Q">Only indicators whose code or name (any language) contains this text.</param>
internal sealed record ListIndicatorsQuery(string? Topic, string? Q) : IQuery<IReadOnlyList<IndicatorDetails>>;

internal sealed class ListIndicatorsQueryValidator : AbstractValidator<ListIndicatorsQuery>
{
    public ListIndicatorsQueryValidator()
    {
        RuleFor(q => q.Topic).MaximumLength(100);
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListIndicatorsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListIndicatorsQuery, IReadOnlyList<IndicatorDetails>>
{
    public async ValueTask<IReadOnlyList<IndicatorDetails>> Handle(ListIndicatorsQuery query, CancellationToken cancellationToken)
    {
        var filter = new Iom.SharedKernel.Paging.SqlFilter()
            .WhereIf(query.Topic is not null, "topic = @Topic", new { query.Topic })
            .WhereIf(!string.IsNullOrWhiteSpace(query.Q),
                @"(code LIKE @Q ESCAPE '\' OR name_en LIKE @Q ESCAPE '\' OR name_fr LIKE @Q ESCAPE '\' OR name_es LIKE @Q ESCAPE '\')",
                new { Q = Iom.SharedKernel.Paging.LikePattern.Contains(query.Q) });
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = await read.QueryAsync<IndicatorRow>($"{IndicatorRow.SelectFrom} {filter.ToWhereClause()} ORDER BY code", filter.Parameters, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}
