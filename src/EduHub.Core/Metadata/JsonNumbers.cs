using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>
/// Reads JSON numbers whether they were parsed (JsonElement-backed) or built in code (JsonValue of int,
/// long, double): System.Text.Json converts only between identical CLR types for the latter.
/// </summary>
public static class JsonNumbers
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out value))
        {
            return true;
        }

        if (v.TryGetValue<long>(out var l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue<int>(out var i))
        {
            value = i;
            return true;
        }

        return TryGetDouble(node, out var d) && d is > (double)decimal.MinValue and < (double)decimal.MaxValue && Assign(out value, (decimal)d);
    }

    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out value))
        {
            return true;
        }

        if (v.TryGetValue<JsonElement>(out var element))
        {
            return element.TryGetDouble(out value);
        }

        if (v.TryGetValue<decimal>(out var m))
        {
            value = (double)m;
            return true;
        }

        if (v.TryGetValue<long>(out var l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue<int>(out var i))
        {
            value = i;
            return true;
        }

        if (v.TryGetValue<float>(out var f))
        {
            value = f;
            return true;
        }

        return false;
    }

    private static bool Assign(out decimal target, decimal value)
    {
        target = value;
        return true;
    }
}
