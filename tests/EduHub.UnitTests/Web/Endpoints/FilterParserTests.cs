using EduHub.Core.Data.Queries;
using EduHub.Web.Endpoints;

namespace EduHub.UnitTests.Web.Endpoints;

public sealed class FilterParserTests
{
    [Fact]
    public void Parse_PartDotField_IsAFieldFilter() =>
        Assert.Equal(new FieldFilter("TitlePart", "Title", FilterOperator.Equals, "Dasaran"), FilterParser.Parse("TitlePart.Title:eq:Dasaran"), FilterComparer.Instance);

    [Fact]
    public void Parse_MetadataName_IsAMetadataFilterWhateverTheCase() =>
        Assert.Equal(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, "Երևան"), FilterParser.Parse("displaytext:contains:Երևան"), FilterComparer.Instance);

    [Fact]
    public void Parse_ValueWithColons_KeepsTheWholeValue() =>
        Assert.Equal(new FieldFilter("Platform", "Website", FilterOperator.StartsWith, "https://dasaran.am"), FilterParser.Parse("Platform.Website:starts_with:https://dasaran.am"), FilterComparer.Instance);

    [Fact]
    public void Parse_InOperator_SplitsTheValueOnCommas() =>
        Assert.Equal(new FieldFilter("School", "Marz", FilterOperator.In, ["Shirak", "Lori", "Tavush"]), FilterParser.Parse("School.Marz:in:Shirak,Lori,Tavush"), FilterComparer.Instance);

    [Fact]
    public void Parse_EqOperator_DoesNotSplitOnCommas() =>
        Assert.Equal(new FieldFilter("School", "Name", FilterOperator.Equals, "Yerevan, No. 114"), FilterParser.Parse("School.Name:eq:Yerevan, No. 114"), FilterComparer.Instance);

    [Theory]
    [InlineData("not", FilterOperator.NotEquals)]
    [InlineData("not_in", FilterOperator.NotIn)]
    [InlineData("NOT_CONTAINS", FilterOperator.NotContains)]
    [InlineData("ends_with", FilterOperator.EndsWith)]
    [InlineData("gte", FilterOperator.GreaterThanOrEqual)]
    [InlineData("lt", FilterOperator.LessThan)]
    public void Parse_Operator_MapsToOrchardOperator(string op, FilterOperator expected) =>
        Assert.Equal(expected, ((FieldFilter)FilterParser.Parse($"School.Pupils:{op}:10")).Operator);

    [Theory]
    [InlineData("")]
    [InlineData("TitlePart.Title")]
    [InlineData("TitlePart.Title:eq")]
    [InlineData("TitlePart.Title:like:Dasaran")]
    [InlineData("TitlePart.Title:=:Dasaran")]
    public void Parse_MissingOrUnknownOperator_ThrowsContentQueryException(string text) =>
        Assert.Throws<ContentQueryException>(() => FilterParser.Parse(text));

    [Fact]
    public void Parse_UnknownOperator_ListsTheKnownOnes()
    {
        var error = Assert.Throws<ContentQueryException>(() => FilterParser.Parse("TitlePart.Title:like:Dasaran"));
        Assert.Contains("starts_with", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A.B.C:eq:x")]
    [InlineData("Title:eq:x")]
    public void Parse_TargetNeitherMetadataNorPartField_ThrowsContentQueryException(string text) =>
        Assert.Throws<ContentQueryException>(() => FilterParser.Parse(text));

    [Theory]
    [InlineData("3:eq:Dasaran")]
    [InlineData("99:eq:Dasaran")]
    public void Parse_NumericTarget_ThrowsContentQueryException(string text) =>
        Assert.Throws<ContentQueryException>(() => FilterParser.Parse(text));

    [Fact]
    public void ParseSort_LeadingMinus_IsDescending() =>
        Assert.Equal(ContentSort.By(MetadataField.CreatedUtc, descending: true), FilterParser.ParseSort("-CreatedUtc"));

    [Fact]
    public void ParseSort_LeadingPlus_IsAscending() =>
        Assert.Equal(ContentSort.By(MetadataField.DisplayText), FilterParser.ParseSort("+displayText"));

    [Fact]
    public void ParseSort_PartDotField_IsAFieldSort() =>
        Assert.Equal(ContentSort.ByField("School", "Pupils", descending: true), FilterParser.ParseSort("-School.Pupils"));

    [Theory]
    [InlineData("Title")]
    [InlineData("A.B.C")]
    [InlineData("")]
    public void ParseSort_NeitherMetadataNorPartField_ThrowsContentQueryException(string text) =>
        Assert.Throws<ContentQueryException>(() => FilterParser.ParseSort(text));

    [Theory]
    [InlineData("42")]
    [InlineData("-3")]
    public void ParseSort_NumericTarget_ThrowsContentQueryException(string text) =>
        Assert.Throws<ContentQueryException>(() => FilterParser.ParseSort(text));

    /// <summary>Records holding lists compare lists by reference; compare their values instead.</summary>
    private sealed class FilterComparer : IEqualityComparer<ContentFilter>
    {
        public static FilterComparer Instance { get; } = new();

        public bool Equals(ContentFilter? x, ContentFilter? y) => (x, y) switch
        {
            (FieldFilter a, FieldFilter b) => (a.PartName, a.FieldName, a.Operator) == (b.PartName, b.FieldName, b.Operator) && a.Values.SequenceEqual(b.Values),
            (MetadataFilter a, MetadataFilter b) => (a.Field, a.Operator) == (b.Field, b.Operator) && a.Values.SequenceEqual(b.Values),
            _ => false,
        };

        public int GetHashCode(ContentFilter obj) => 0;
    }
}
