using System.Text;

namespace EduHub.Testing;

/// <summary>Unique, lowercase, unquoted-safe database names such as <c>contents_3f2a9c1b0d4e</c>.</summary>
internal static class DatabaseName
{
    private const int MaxPrefixLength = 40;

    public static string Create(string prefix)
    {
        var name = new StringBuilder();
        foreach (var c in prefix.ToLowerInvariant())
        {
            if (name.Length == MaxPrefixLength)
            {
                break;
            }

            name.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_');
        }

        if (name.Length == 0 || name[0] is not (>= 'a' and <= 'z'))
        {
            name.Insert(0, "db_");
        }

        return $"{name}_{Guid.NewGuid().ToString("N")[..12]}";
    }
}
