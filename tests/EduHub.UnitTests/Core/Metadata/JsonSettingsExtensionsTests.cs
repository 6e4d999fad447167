using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.UnitTests.Core.Metadata;

public sealed class JsonSettingsExtensionsTests
{
    [Theory]
    [InlineData("""{"MaxLength": 120}""")]
    [InlineData("""{"MaxLength": "120"}""")]
    public void GetInt_ParsedNumberOrString_IsRead(string json) =>
        Assert.Equal(120, JsonNode.Parse(json)!.AsObject().GetInt("MaxLength"));

    [Fact]
    public void GetInt_NumberBuiltInCode_IsRead() =>
        Assert.Equal(120, new JsonObject { ["MaxLength"] = 120 }.GetInt("MaxLength"));

    [Theory]
    [InlineData("""{"Required": true}""")]
    [InlineData("""{"Required": "True"}""")]
    public void GetBool_ParsedBooleanOrString_IsRead(string json) =>
        Assert.True(JsonNode.Parse(json)!.AsObject().GetBool("Required"));

    [Fact]
    public void GetBool_Missing_IsTheFallback() =>
        Assert.True(new JsonObject().GetBool("SanitizeHtml", fallback: true));

    [Fact]
    public void GetDecimal_NotANumber_IsNull() =>
        Assert.Null(JsonNode.Parse("""{"Minimum": "one"}""")!.AsObject().GetDecimal("Minimum"));
}
