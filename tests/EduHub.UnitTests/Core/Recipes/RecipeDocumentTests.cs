using EduHub.Core.Recipes;

namespace EduHub.UnitTests.Core.Recipes;

public sealed class RecipeDocumentTests
{
    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var recipe = RecipeDocument.Parse("""
            {
              // Orchard Core recipes are often hand-edited.
              "name": "platforms",
              /* block comment */
              "steps": [
                { "name": "feature", "enable": ["EduHub.Platforms",], },
              ],
            }
            """);
        Assert.Single(recipe.Steps);
    }

    [Fact]
    public void Parse_Name_IsRead() =>
        Assert.Equal("Երևան", RecipeDocument.Parse("""{"name":"Երևան","steps":[]}""").Name);

    [Fact]
    public void Parse_SetupFlag_IsRead() =>
        Assert.True(RecipeDocument.Parse("""{"issetuprecipe":true,"steps":[]}""").IsSetupRecipe);

    [Fact]
    public void Parse_NoSetupFlag_IsNotASetupRecipe() =>
        Assert.False(RecipeDocument.Parse("""{"steps":[]}""").IsSetupRecipe);

    [Fact]
    public void Parse_MalformedJson_ReportsLineAndPosition()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse("{\n  \"name\": \"x\",\n  \"steps\": [ oops ]\n}"));
        Assert.Contains("line 3, position 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_IsNotAttributedToAStep()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse("{\"steps\": [}"));
        Assert.Null(error.StepIndex);
    }

    [Fact]
    public void Parse_ErrorAfterArmenianText_ReportsTheCharacterPosition()
    {
        // Editors count characters, not UTF-8 bytes: «Երևան» is 5 characters but 10 bytes.
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse("{\"name\": \"Երևան\" x}"));
        Assert.Contains("line 1, position 18", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"steps\": [] } trailing")]
    [InlineData("{'steps': []}")]
    public void Parse_NotJson_ThrowsRecipeException(string text) =>
        Assert.Throws<RecipeException>(() => RecipeDocument.Parse(text));

    [Theory]
    [InlineData("""{"name":"no steps"}""")]
    [InlineData("""{"steps":{}}""")]
    [InlineData("""{"steps":null}""")]
    [InlineData("""{"steps":"feature"}""")]
    public void Parse_MissingStepsArray_ThrowsAtDollarSteps(string text)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse(text));
        Assert.Equal("$.steps", error.JsonPath);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"steps\"")]
    [InlineData("null")]
    public void Parse_NotAnObject_ThrowsAtTheRoot(string text)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse(text));
        Assert.Equal("$", error.JsonPath);
    }
}
