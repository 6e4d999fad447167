using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class ArmenianPhoneNumberTests
{
    [Theory]
    [InlineData("(010) 578455", "+37410578455")]
    [InlineData("010 57 84 55", "+37410578455")]
    [InlineData("010-57-84-55", "+37410578455")]
    [InlineData("+374 10 578455", "+37410578455")]
    [InlineData("+37410578455", "+37410578455")]
    [InlineData("+374 (10) 527-000", "+37410527000")]
    [InlineData("+374 (10) 565 595", "+37410565595")]
    [InlineData("+374 (0)10 578455", "+37410578455")]
    [InlineData("00374 10 578455", "+37410578455")]
    [InlineData("\u00A0010\u00A0578455 ", "+37410578455")]
    public void TryNormalize_YerevanLandlineInUsualWritings_IsE164(string input, string expected)
    {
        Assert.True(ArmenianPhoneNumber.TryNormalize(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("077 123456", "+37477123456")]
    [InlineData("+374 77 123456", "+37477123456")]
    [InlineData("0037477123456", "+37477123456")]
    [InlineData("(077) 12-34-56", "+37477123456")]
    public void TryNormalize_MobileInUsualWritings_IsE164(string input, string expected)
    {
        Assert.True(ArmenianPhoneNumber.TryNormalize(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("33")]
    [InlineData("41")]
    [InlineData("43")]
    [InlineData("44")]
    [InlineData("49")]
    [InlineData("55")]
    [InlineData("77")]
    [InlineData("88")]
    [InlineData("91")]
    [InlineData("92")]
    [InlineData("93")]
    [InlineData("94")]
    [InlineData("95")]
    [InlineData("96")]
    [InlineData("97")]
    [InlineData("98")]
    [InlineData("99")]
    public void TryNormalize_EveryMobileCode_IsAccepted(string code)
    {
        Assert.True(ArmenianPhoneNumber.TryNormalize($"0{code} 123456", out var e164));
        Assert.Equal($"+374{code}123456", e164);
    }

    [Theory]
    [InlineData("0312 12345", "+37431212345")]
    [InlineData("+374 312 12345", "+37431212345")]
    [InlineData("0222 12345", "+37422212345")]
    public void TryNormalize_RegionalLandline_IsE164(string input, string expected)
    {
        Assert.True(ArmenianPhoneNumber.TryNormalize(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Fact]
    public void TryNormalize_TollFree800_IsE164()
    {
        Assert.True(ArmenianPhoneNumber.TryNormalize("0800 12345", out var e164));
        Assert.Equal("+37480012345", e164);
    }

    [Theory]
    [InlineData("010 57845")]
    [InlineData("+374 10 57845")]
    [InlineData("+374 10 5784555")]
    [InlineData("010 5784555")]
    [InlineData("051 234567")]
    [InlineData("042 123456")]
    [InlineData("011 123456")]
    [InlineData("077 12345a")]
    [InlineData("077 ABCDEF")]
    [InlineData("+375 29 123 45 67")]
    [InlineData("00375 29 1234567")]
    [InlineData("911")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryNormalize_NotAnArmenianNumber_IsRejected(string? input) =>
        Assert.False(ArmenianPhoneNumber.TryNormalize(input, out _));

    [Fact]
    public void TryNormalize_Rejected_LeavesOutputEmpty()
    {
        ArmenianPhoneNumber.TryNormalize("+375 29 123 45 67", out var e164);
        Assert.Equal("", e164);
    }

    [Theory]
    [InlineData("077 ١٢٣٤٥٦")]
    [InlineData("077 １２３４５６")]
    public void TryNormalize_NonAsciiDigits_NeverYieldsNonAsciiE164(string input)
    {
        var accepted = ArmenianPhoneNumber.TryNormalize(input, out var e164);
        Assert.True(!accepted || e164 == "+37477123456", $"'{input}' was stored as '{e164}', which is not E.164.");
    }
}
