using EduHub.Core.Contents;

namespace EduHub.UnitTests.Core.Contents;

public sealed class IdGeneratorTests
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    [Fact]
    public void NewId_Is26CharactersLong() =>
        Assert.Equal(26, IdGenerator.NewId().Length);

    [Fact]
    public void NewId_UsesOnlyTheOrchardAlphabet()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => IdGenerator.NewId());
        Assert.All(ids, id => Assert.All(id, c => Assert.Contains(c, Alphabet)));
    }

    [Fact]
    public void NewId_Over10000Ids_UsesEveryLetterOfTheAlphabet()
    {
        var used = Enumerable.Range(0, 10_000).SelectMany(_ => IdGenerator.NewId()).ToHashSet();
        Assert.Equal(Alphabet.Order(), used.Order());
    }

    [Fact]
    public void NewId_Over10000Ids_UsesEveryLetterInTheLastPosition()
    {
        var used = Enumerable.Range(0, 10_000).Select(_ => IdGenerator.NewId()[^1]).ToHashSet();
        Assert.Equal(Alphabet.Length, used.Count);
    }

    [Fact]
    public void NewId_10000Ids_AreAllDifferent()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => IdGenerator.NewId()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void IsValid_GeneratedId_IsTrue() =>
        Assert.True(IdGenerator.IsValid(IdGenerator.NewId()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4x7dk1q9rbv0n5s3m8ae2cwz6")]
    [InlineData("4x7dk1q9rbv0n5s3m8ae2cwz6hh")]
    [InlineData("4X7DK1Q9RBV0N5S3M8AE2CWZ6H")]
    [InlineData("4x7dk1q9rbv0n5s3m8ae2cwz-h")]
    [InlineData("../../../../etc/passwd/xxx")]
    public void IsValid_WrongLengthOrCharacters_IsFalse(string? id) =>
        Assert.False(IdGenerator.IsValid(id));
}
