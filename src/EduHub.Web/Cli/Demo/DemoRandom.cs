namespace EduHub.Web.Cli.Demo;

/// <summary>
/// The one source of randomness of a generation run: the same seed gives the same items (ids included),
/// so a benchmark or a bug report can be reproduced exactly.
/// </summary>
public sealed class DemoRandom(int seed)
{
    // The alphabet of EduHub's content item ids (26 characters of 0-9 and a-z without i, l, o, u).
    private const string IdAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    private readonly Random _random = new(seed);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    public T Weighted<T>(IReadOnlyList<T> values, Func<T, double> weight)
    {
        var total = values.Sum(weight);
        var roll = _random.NextDouble() * total;
        foreach (var value in values)
        {
            roll -= weight(value);
            if (roll < 0)
            {
                return value;
            }
        }

        return values[^1];
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct values, in their original order.</summary>
    public List<T> Subset<T>(IReadOnlyList<T> values, int min, int max)
    {
        var count = Math.Min(values.Count, _random.Next(min, max + 1));
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(_random.Next(values.Count));
        }

        return chosen.Select(i => values[i]).ToList();
    }

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + _random.Next(10))));

    public string ContentItemId() => string.Create(26, _random, static (chars, random) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = IdAlphabet[random.Next(IdAlphabet.Length)];
        }
    });
}
