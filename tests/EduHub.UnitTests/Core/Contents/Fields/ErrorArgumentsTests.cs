using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

/// <summary>The values a message is built from travel with the error, so a user interface can word it in its own language.</summary>
public sealed class ErrorArgumentsTests
{
    [Fact]
    public async Task TooLong_CarriesTheLabelTheLimitAndTheLength()
    {
        var error = (await FieldRuleRunner.RunAsync(new TextFieldRule(), new JsonObject { ["Text"] = "Երևանի դպրոց" }, new JsonObject { ["MaxLength"] = 5 })).SingleError;

        Assert.Equal("Contact", error.Arguments[ContentErrorArguments.Label]);
        Assert.Equal(5, error.Arguments[ContentErrorArguments.Max]);
        Assert.Equal(12, error.Arguments[ContentErrorArguments.Length]);
    }

    [Fact]
    public async Task Required_CarriesTheLabelOnly()
    {
        var error = (await FieldRuleRunner.RunAsync(new TextFieldRule(), null, new JsonObject { ["Required"] = true })).SingleError;

        Assert.Equal(["label"], error.Arguments.Keys);
    }

    [Fact]
    public async Task NumberBelowMinimum_CarriesTheMinimum()
    {
        var error = (await FieldRuleRunner.RunAsync(new NumericFieldRule(), new JsonObject { ["Value"] = 0 }, new JsonObject { ["Minimum"] = 1 })).SingleError;

        Assert.Equal(1m, error.Arguments[ContentErrorArguments.Min]);
        Assert.False(error.Arguments.ContainsKey(ContentErrorArguments.Max));
    }

    [Fact]
    public async Task AFreeTextMessage_HasNoArguments()
    {
        var error = (await FieldRuleRunner.RunAsync(new TextFieldRule(), new JsonObject { ["Text"] = "abc" }, new JsonObject { ["Pattern"] = "^[0-9]+$", ["PatternMessage"] = "Digits only." })).SingleError;

        Assert.Equal("Digits only.", error.Message);
        Assert.Empty(error.Arguments);
    }

    [Fact]
    public void Equality_IsOnPathMessageAndCode()
    {
        var plain = new ContentError("A.B", "B is required.", ContentErrorCodes.Required);
        var withArguments = plain with { Arguments = new Dictionary<string, object> { ["label"] = "B" } };

        Assert.Equal(plain, withArguments);
        Assert.Equal(plain.GetHashCode(), withArguments.GetHashCode());
        Assert.NotEqual(plain, plain with { Code = ContentErrorCodes.Invalid });
    }
}
