using Microsoft.AspNetCore.Http;

namespace EduHub.PortalTheme.Platforms;

/// <summary>
/// The directory's query string: <c>q</c>, the filters (several values each, ORed; filters ANDed) and <c>page</c>.
/// Anything else is ignored; unknown values are dropped by the directory with a notice, never an error.
/// </summary>
public sealed class PlatformFilters
{
    public const string Subject = "subject";
    public const string Grade = "grade";
    public const string Language = "language";
    public const string Cost = "cost";
    public const string AccessChannel = "channel";

    /// <summary>Longer searches are cut here (the search module refuses more than 256 characters).</summary>
    public const int MaxTextLength = 200;

    public const int MaxValuesPerFilter = 50;

    public static readonly string[] Names = [Subject, Grade, Language, Cost, AccessChannel];

    public string Text { get; private init; } = "";

    public bool TextTruncated { get; private init; }

    public int Page { get; private init; } = 1;

    public bool PageInvalid { get; private init; }

    public Dictionary<string, HashSet<string>> Selected { get; } = Names.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal));

    public static PlatformFilters Parse(IQueryCollection query)
    {
        var text = string.Join(' ', query["q"].OfType<string>()).Trim();
        text = new string([.. text.Where(c => !char.IsControl(c))]);
        var truncated = text.Length > MaxTextLength;
        var pageText = query["page"].FirstOrDefault();
        var pageOk = int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1;
        var filters = new PlatformFilters
        {
            Text = truncated ? text[..MaxTextLength] : text,
            TextTruncated = truncated,
            Page = pageOk ? page : 1,
            PageInvalid = !string.IsNullOrEmpty(pageText) && !pageOk,
        };
        foreach (var name in Names)
        {
            foreach (var value in query[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length is > 0 and <= 100).Take(MaxValuesPerFilter))
            {
                filters.Selected[name].Add(name is Cost or AccessChannel ? value.ToLowerInvariant() : value);
            }
        }

        return filters;
    }

    /// <summary>The query string of these filters at another page (paging links keep every choice).</summary>
    public string QueryString(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Text.Length > 0)
        {
            pairs.Add(new("q", Text));
        }

        pairs.AddRange(Names.SelectMany(n => Selected[n].Order(StringComparer.Ordinal).Select(v => new KeyValuePair<string, string?>(n, v))));
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }
}
