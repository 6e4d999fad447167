using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace EduHub.GraphQL.Execution;

/// <summary>Automatic persisted queries: apps send the SHA-256 of a query they sent once instead of its text.</summary>
public sealed class PersistedQueryStore : IDisposable
{
    private readonly MemoryCache _queries = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public string? Find(string hash) => _queries.TryGetValue(hash, out string? query) ? query : null;

    public void Remember(string hash, string query) => _queries.Set(hash, query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromDays(1) });

    public void Dispose() => _queries.Dispose();
}
