using Iom.Modules.GoverningBodies.AgendaItems;

namespace Iom.Api.Tests.GoverningBodies;

public sealed class AgendaItemNumberTests
{
    [TestCase("9", true)]
    [TestCase("9(a)", true)]
    [TestCase("9(a)(ii)", true)]
    [TestCase("115", true)]
    [TestCase("0", false)]
    [TestCase("09", false)]
    [TestCase("9a", false)]
    [TestCase("9(A)", false)]
    [TestCase("9(a)(z)", false)]
    [TestCase("9()", false)]
    [TestCase("", false)]
    public void IsValidNumber(string number, bool valid) => Assert.That(AgendaItemRules.IsValidNumber(number), Is.EqualTo(valid));

    [TestCase("9", null)]
    [TestCase("9(a)", "9")]
    [TestCase("9(a)(ii)", "9(a)")]
    public void ParentNumber(string number, string? parent) => Assert.That(AgendaItemRules.ParentNumber(number), Is.EqualTo(parent));

    [Test]
    public void SortKey_OrdersItemsAsAnAgendaReads()
    {
        string[] agendaOrder = ["1", "2", "9", "9(a)", "9(a)(i)", "9(a)(ii)", "9(a)(x)", "9(b)", "10", "100"];
        var shuffled = agendaOrder.Reverse().ToArray();
        var sorted = shuffled.OrderBy(AgendaItemRules.SortKey, StringComparer.Ordinal).ToArray();
        Assert.That(sorted, Is.EqualTo(agendaOrder));
    }
}
