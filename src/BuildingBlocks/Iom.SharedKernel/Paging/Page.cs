namespace Iom.SharedKernel.Paging;

/// <summary>One page of a list, and the cursor of the next page (absent on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public Page<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), NextCursor);
}
