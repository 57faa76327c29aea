using FluentValidation;

namespace Iom.Modules.Research.Identifiers;

internal static class IdentifierRules
{
    public static IRuleBuilderOptions<T, string?> Isbn13<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || StandardIdentifiers.NormalizeIsbn13(v) is not null)
            .WithMessage("Not a valid ISBN-13: 13 digits starting 978 or 979, hyphens allowed, with a correct check digit.");

    public static IRuleBuilderOptions<T, string?> Issn<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || StandardIdentifiers.NormalizeIssn(v) is not null)
            .WithMessage("Not a valid ISSN: NNNN-NNNC with a correct check character (0-9 or X).");

    public static IRuleBuilderOptions<T, string?> Orcid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || StandardIdentifiers.NormalizeOrcid(v) is not null)
            .WithMessage("Not a valid ORCID iD: 0000-0000-0000-000X with a correct ISO 7064 MOD 11-2 check character.");

    public static IRuleBuilderOptions<T, string?> Doi<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || StandardIdentifiers.NormalizeDoi(v) is not null)
            .WithMessage("Not a DOI: 10.<prefix>/<suffix>, such as 10.18356/9789213588192.");
}
