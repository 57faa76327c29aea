using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Api.Tests.SharedKernel;

public sealed class EnglishTests
{
    [TestCase("agenda item", "an agenda item")]
    [TestCase("open translation job", "an open translation job")]
    [TestCase("session", "a session")]
    [TestCase("International Dialogue on Migration", "an International Dialogue on Migration")]
    public void TheArticle_FollowsTheFirstLetter(string noun, string expected) =>
        Assert.That(English.WithArticle(noun), Is.EqualTo(expected));

    [Test]
    public void ADuplicateMessage_ReadsAsEnglish() =>
        Assert.That(new DuplicateException("agenda item", "number", "9").Message, Is.EqualTo("An agenda item with number '9' already exists."));
}
