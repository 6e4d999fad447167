using System.Globalization;
using EduHub.AdminTheme;
using EduHub.AdminTheme.Editors;
using EduHub.Core.Contents;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EduHub.UnitTests.Themes.EduHub.AdminTheme.Editors;

/// <summary>The engine's English errors worded in hy/en/ru from their code and arguments, with the theme's real resources.</summary>
public sealed class ContentErrorLocalizerTests
{
    private static readonly ContentErrorLocalizer Localizer = new(new StringLocalizer<EngineText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    private static ContentError Error(string code, string message, params (string Name, object Value)[] arguments) =>
        new("Part.Field", message, code) { Arguments = arguments.ToDictionary(a => a.Name, a => a.Value) };

    private static string In(string culture, Func<string> localize)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return localize();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [Theory]
    [InlineData("hy", "Անվանում", "Անվանում դաշտը պետք է լինի առավելագույնը 1 000 նիշ (այժմ՝ 1 204)։")]
    [InlineData("ru", "Название", "Поле «Название» должно содержать не более 1 000 символов (сейчас 1 204).")]
    [InlineData("en", "Name", "Name must be at most 1,000 characters (it has 1,204).")]
    public void TooLong_IsWordedInTheCultureWithTheFormsLabelAndNumbersOfTheCulture(string culture, string label, string expected)
    {
        var error = Error(ContentErrorCodes.TooLong, "Name must be at most 1000 characters (it has 1204).", ("label", "Name"), ("max", 1000), ("length", 1204));

        var text = In(culture, () => Localizer.Localize(error, label));

        Assert.Equal(expected, Normalize(text));
    }

    [Fact]
    public void WithoutAFormLabel_TheDefinitionsLabelIsUsed() =>
        Assert.Equal("Поле «Website» обязательно.", In("ru", () => Localizer.Localize(Error(ContentErrorCodes.Required, "Website is required.", ("label", "Website")))));

    [Fact]
    public void DateLimits_AreWordedAsDatesInTheCulture()
    {
        var error = Error(ContentErrorCodes.OutOfRange, "Day must not be after 2026-12-31.", ("label", "Day"), ("max", new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("Дата в поле «День» не может быть позже 31.12.2026.", In("ru", () => Localizer.Localize(error, "День")));
    }

    [Fact]
    public void NumberLimits_AreWordedAsAtLeastOrAtMost()
    {
        Assert.Equal("Էջեր դաշտի արժեքը պետք է լինի առնվազն 1։", In("hy", () => Localizer.Localize(Error(ContentErrorCodes.OutOfRange, "Pages must be at least 1.", ("label", "Pages"), ("min", 1m)), "Էջեր")));
        Assert.Equal("Значение поля «Страницы» должно быть не больше 2,5.", In("ru", () => Localizer.Localize(Error(ContentErrorCodes.OutOfRange, "Pages must be at most 2.5.", ("label", "Pages"), ("max", 2.5m)), "Страницы")));
    }

    [Fact]
    public void ADuplicatePath_NamesTheValue() =>
        Assert.Equal("Ուղի: «/hy/platforms/heravar» արժեքն արդեն օգտագործվում է մեկ այլ տարրի կողմից։",
            In("hy", () => Localizer.Localize(Error(ContentErrorCodes.Duplicate, "The path '/hy/platforms/heravar' is already used by another item.", ("label", "Path"), ("value", "/hy/platforms/heravar")), "Ուղի")));

    [Fact]
    public void AMessageWithoutArguments_IsShownAsWritten()
    {
        var error = new ContentError("Mentor.Email", "A mentor-teacher needs an e-mail address or a phone number so schools can reach them.", ContentErrorCodes.Required);

        Assert.Equal(error.Message, In("hy", () => Localizer.Localize(error, "Էլ. փոստ")));
    }

    // Cultures group thousands with a (narrow) no-break space; the test compares words, not the space character.
    private static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
