using System.Security.Cryptography;

namespace EduHub.Core.Contents;

/// <summary>26-character lowercase ids, the length and alphabet Orchard Core uses for content item ids.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < 26; i++)
        {
            // 5 bits per character out of 130 random bits.
            var bit = i * 5;
            var value = ((bytes[bit / 8] << 8) | bytes[(bit / 8) + 1]) >> (11 - (bit % 8)) & 31;
            chars[i] = Alphabet[value];
        }

        return new string(chars);
    }

    public static bool IsValid(string? id) =>
        id is { Length: 26 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'z'));
}
