using System.Data.SqlTypes;
using Iom.SharedKernel.Data;

namespace Iom.Api.Tests.SharedKernel;

/// <summary>Row ids ascend in the order SQL Server sorts a uniqueidentifier, so that clustered keys grow at their end.</summary>
public sealed class SequentialIdsTests
{
    [Test]
    public void IdsMadeAMillisecondApart_AscendInSqlServersOrder()
    {
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 10_000).Select(i => SequentialIds.NextForSqlServer(start.AddMilliseconds(i))).ToList();
        Assert.That(Descents(ids), Is.Zero);
    }

    [Test]
    public void IdsMadeInTheSameMillisecond_AscendInSqlServersOrder_AndAreDistinct()
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 40_000).Select(_ => SequentialIds.NextForSqlServer(now)).ToList();
        Assert.That(Descents(ids), Is.Zero);
        Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count));
    }

    [Test]
    public void IdsMadeOnManyThreads_AreDistinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 50_000, _ => ids.Add(SequentialIds.Next(DatabaseProvider.SqlServer)));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(50_000));
    }

    [Test]
    public void AnId_IsAnRfc9562Version8Uuid()
    {
        var text = SequentialIds.Next(DatabaseProvider.SqlServer).ToString("D");
        Assert.That(text[14], Is.EqualTo('8'), "version nibble");
        Assert.That(text[19], Is.AnyOf('8', '9', 'a', 'b'), "RFC variant");
    }

    [Test]
    public void VersionSevenIds_WhatSqliteGets_WouldNotAscendInSqlServersOrder()
    {
        // Why SQL Server gets its own layout: the order check above fails for the ids SQLite's text order wants.
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 1_000).Select(i => Guid.CreateVersion7(start.AddMilliseconds(i))).ToList();
        Assert.That(Descents(ids), Is.GreaterThan(100));
        Assert.That(ids.Select(i => i.ToString("D").ToUpperInvariant()).Order(StringComparer.Ordinal), Is.EqualTo(ids.Select(i => i.ToString("D").ToUpperInvariant())));
    }

    private static int Descents(IReadOnlyList<Guid> ids) =>
        ids.Zip(ids.Skip(1)).Count(p => new SqlGuid(p.First).CompareTo(new SqlGuid(p.Second)) >= 0);
}
