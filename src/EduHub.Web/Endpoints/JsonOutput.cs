using System.Text.Encodings.Web;
using System.Text.Json;

namespace EduHub.Web.Endpoints;

internal static class JsonOutput
{
    /// <summary>Armenian and Cyrillic as real UTF-8, not \uXXXX escapes.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
