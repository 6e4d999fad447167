using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>
/// Reads JSON numbers whether they were parsed (JsonElement-backed) or built in code (JsonValue of int,
/// long, double, decimal): System.Text.Json converts only between identical CLR types for the latter.
/// </summary>
public static class JsonNumbers
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (Number(node) is not { } v)
        {
            return false;
        }

        if (v.TryGetValue(out value) || (v.TryGetValue<JsonElement>(out var element) && element.TryGetDecimal(out value)))
        {
            return true;
        }

        if (TryGetIntegral(v, out var integral))
        {
            value = integral;
            return true;
        }

        // Doubles outside decimal's range (1e30) are not representable: the caller reports "too large".
        if (v.TryGetValue<double>(out var d) && d is > (double)decimal.MinValue and < (double)decimal.MaxValue)
        {
            value = (decimal)d;
            return true;
        }

        return false;
    }

    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (Number(node) is not { } v)
        {
            return false;
        }

        if (v.TryGetValue(out value) || (v.TryGetValue<JsonElement>(out var element) && element.TryGetDouble(out value)))
        {
            return true;
        }

        if (v.TryGetValue<decimal>(out var m) || (TryGetIntegral(v, out var integral) && Assign(out m, integral)))
        {
            value = (double)m;
            return true;
        }

        return v.TryGetValue<float>(out var f) && Assign(out value, f);
    }

    private static JsonValue? Number(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v : null;

    private static bool TryGetIntegral(JsonValue value, out long integral)
    {
        if (value.TryGetValue(out integral))
        {
            return true;
        }

        var ok = value.TryGetValue<int>(out var i);
        integral = i;
        return ok;
    }

    private static bool Assign<T>(out T target, T value)
    {
        target = value;
        return true;
    }
}
