using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>
/// A value read from a definition's settings object, kept until the object is replaced. Definitions replace their
/// settings objects when they change (recipes, the type editor) and never edit them in place.
/// </summary>
internal sealed class Parsed<T>(JsonObject source, T value)
{
    public static T Get(ref Parsed<T>? cache, JsonObject source, Func<JsonObject, T> parse)
    {
        // One reference read and write: safe without a lock when readers race (both compute the same value).
        var cached = cache;
        if (cached is not null && ReferenceEquals(cached._source, source))
        {
            return cached._value;
        }

        var parsed = parse(source);
        cache = new Parsed<T>(source, parsed);
        return parsed;
    }

    private readonly JsonObject _source = source;
    private readonly T _value = value;
}
