using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Contents;

/// <summary>
/// A read-only look at a part, a field or a value of an item's document (see <see cref="ContentItem.Read"/>): over
/// the cached, immutable <see cref="JsonElement"/> while nobody has touched the item's <see cref="ContentItem.Content"/>,
/// over that <see cref="JsonObject"/> once someone has (so a change made there, e.g. a private field blanked, is
/// what every reader sees). Reading an element builds no objects; the first read of a <see cref="JsonObject"/>
/// over a document builds a dictionary of every property on the way (about 3.5 KB for a platform's
/// <c>website { url }</c>), which was the largest allocation of a GraphQL list request.
/// Both halves read values exactly as <see cref="Metadata.JsonSettingsExtensions"/> does.
/// </summary>
public readonly struct DocumentValue
{
    private readonly JsonElement _element;
    private readonly JsonNode? _node;
    private readonly bool _isElement;

    private DocumentValue(JsonElement element)
    {
        _element = element;
        _isElement = true;
    }

    private DocumentValue(JsonNode? node) => _node = node;

    /// <summary>An element; JSON null and "no value" read as missing, as a null <see cref="JsonNode"/> does.</summary>
    public static DocumentValue Of(JsonElement element) =>
        element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : new DocumentValue(element);

    public static DocumentValue Of(JsonNode? node) => new(node);

    /// <summary>False when the property is absent or JSON null.</summary>
    public bool Exists => _isElement || _node is not null;

    public bool IsObject => _isElement ? _element.ValueKind == JsonValueKind.Object : _node is JsonObject;

    /// <summary>A property of this object; missing when this is not an object or has no such property.</summary>
    public DocumentValue this[string name]
    {
        get
        {
            if (_isElement)
            {
                return _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out var property) ? Of(property) : default;
            }

            return new DocumentValue(_node is JsonObject json ? json[name] : null);
        }
    }

    public string? GetString(string name) => this[name].AsString();

    /// <summary>The strings of an array property (other values skipped); empty when there is no array.</summary>
    public IReadOnlyList<string> GetStrings(string name) => this[name].AsStrings();

    /// <summary>A string as it is; a number or a boolean as its JSON text (recipes store both forms); otherwise null.</summary>
    public string? AsString()
    {
        if (_isElement)
        {
            return _element.ValueKind switch
            {
                JsonValueKind.String => _element.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => _element.GetRawText(),
                _ => null,
            };
        }

        return _node is JsonValue value ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        } : null;
    }

    /// <summary>true/false, or a string that parses as one; <paramref name="fallback"/> otherwise.</summary>
    public bool AsBool(bool fallback = false)
    {
        var kind = Kind;
        return kind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(AsString(), out var parsed) => parsed,
            _ => fallback,
        };
    }

    /// <summary>A JSON number as a decimal (not a string: a numeric field stores numbers); null when there is none or it is out of range.</summary>
    public decimal? AsNumber()
    {
        if (!_isElement)
        {
            return Metadata.JsonNumbers.TryGetDecimal(_node, out var number) ? number : null;
        }

        if (_element.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (_element.TryGetDecimal(out var value))
        {
            return value;
        }

        // The same rule as JsonNumbers: doubles outside decimal's range are not representable.
        return double.TryParse(_element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is > (double)decimal.MinValue and < (double)decimal.MaxValue
            ? (decimal)d
            : null;
    }

    private JsonValueKind Kind => _isElement ? _element.ValueKind : _node?.GetValueKind() ?? JsonValueKind.Null;

    private IReadOnlyList<string> AsStrings()
    {
        if (!_isElement)
        {
            return _node is JsonArray array
                ? array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>().ToList()
                : [];
        }

        if (_element.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var strings = new List<string>(_element.GetArrayLength());
        foreach (var entry in _element.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String)
            {
                strings.Add(entry.GetString()!);
            }
        }

        return strings;
    }
}
