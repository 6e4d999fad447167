using System.Globalization;
using System.Text;

namespace EduHub.Bench;

/// <summary>Collects the measurements and prints them as a markdown table.</summary>
internal sealed class BenchReport
{
    private readonly List<BenchLine> _lines = [];
    private readonly List<string> _notes = [];

    public void Add(string database, string measure, string engine, string raw, string ratio)
    {
        _lines.Add(new BenchLine(database, measure, engine, raw, ratio));
        Console.WriteLine($"  {measure}: engine {engine} | raw {raw} | {ratio}");
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine("  " + note);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Database | Measure | Engine | Raw SQL | Ratio |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var line in _lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {line.Database} | {line.Measure} | {line.Engine} | {line.Raw} | {line.Ratio} |");
        }

        foreach (var note in _notes)
        {
            text.AppendLine().Append("- ").Append(note);
        }

        return text.AppendLine().ToString();
    }

    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "N2" : "N1", CultureInfo.InvariantCulture) + " ms";

    public static string Times(double ratio) => ratio.ToString("N2", CultureInfo.InvariantCulture) + "×";
}
