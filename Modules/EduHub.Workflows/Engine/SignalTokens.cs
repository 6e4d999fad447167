using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Data;
using Microsoft.AspNetCore.WebUtilities;

namespace EduHub.Workflows.Engine;

/// <summary>
/// Signed, expiring tokens that resume a <c>SignalEvent</c> of one instance (links in e-mails). HMAC-SHA256 with a
/// key kept in the site settings, so every node accepts the tokens of every other node and a restart keeps them valid.
/// </summary>
internal sealed class SignalTokens(Database database, TimeProvider clock)
{
    private const string KeySetting = "WorkflowSignalKey";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    private byte[]? _key;

    /// <summary>The key, created in the caller's transaction the first time (the first node to commit one wins).</summary>
    public async Task<byte[]> KeyAsync(DbSession session, CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        if (await ReadKeyAsync(session.Connection, session.Transaction, cancellationToken) is { } stored)
        {
            _key = stored;
            return stored;
        }

        await session.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO SiteSettings (Name, Value, ChangedUtc) VALUES (@name, @value, @now) ON CONFLICT (Name) DO NOTHING",
            new { name = KeySetting, value = JsonValue.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).ToJsonString(), now = clock.GetUtcNow().UtcDateTime },
            session.Transaction, cancellationToken: cancellationToken));

        // Not cached: the transaction may still roll back.
        return await ReadKeyAsync(session.Connection, session.Transaction, cancellationToken) ?? throw new InvalidOperationException("The signal key could not be stored.");
    }

    private static async Task<byte[]?> ReadKeyAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT Value FROM SiteSettings WHERE Name = @name", new { name = KeySetting }, transaction, cancellationToken: cancellationToken));
        return stored is null ? null : Convert.FromBase64String(JsonNode.Parse(stored)!.GetValue<string>());
    }

    public static string Create(byte[] key, string instanceId, string signal, DateTime expiresUtc)
    {
        var payload = Encoding.UTF8.GetBytes($"{instanceId}|{signal}|{expiresUtc.Ticks}");
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, payload));
    }

    /// <returns>The instance and signal, or an error ("invalid", "expired").</returns>
    public async Task<(string? InstanceId, string? Signal, string? Error)> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        byte[] payload, signature;
        try
        {
            payload = parts.Length == 2 ? WebEncoders.Base64UrlDecode(parts[0]) : [];
            signature = parts.Length == 2 ? WebEncoders.Base64UrlDecode(parts[1]) : [];
        }
        catch (FormatException)
        {
            return (null, null, "invalid");
        }

        byte[]? key = _key;
        if (key is null)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            key = await ReadKeyAsync(connection, null, cancellationToken);
        }

        if (payload.Length == 0 || key is null || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return (null, null, "invalid");
        }

        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 3 || !long.TryParse(fields[2], out var ticks))
        {
            return (null, null, "invalid");
        }

        return ticks < clock.GetUtcNow().UtcDateTime.Ticks ? (null, null, "expired") : (fields[0], fields[1], null);
    }
}
