using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.PortalTheme.Routing;

/// <summary>Route constraint <c>{culture:portalculture}</c>: only hy, en and ru, so portal routes never shadow others.</summary>
public sealed class PortalCultureRouteConstraint : IRouteConstraint
{
    public const string Name = "portalculture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && PortalCultures.IsSupported(value as string);
}
