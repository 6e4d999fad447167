using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace EduHub.PortalTheme.Caching;

/// <summary>
/// Compresses only what is the same for everybody: public pages (<c>Cache-Control: public</c>, set by
/// <see cref="PortalCacheFilter"/> for anonymous visitors) and the portal's static assets. Pages for signed-in
/// users are <c>private</c> and forms carry anti-forgery tokens: compressing those next to reflected input would
/// open them to BREACH, so they go out uncompressed.
/// </summary>
internal sealed class PortalCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context)
    {
        var cacheControl = context.Response.Headers.CacheControl.ToString();
        return cacheControl.Contains("public", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            && !context.Response.Headers.ContainsKey("Set-Cookie")
            && base.ShouldCompressResponse(context);
    }
}
