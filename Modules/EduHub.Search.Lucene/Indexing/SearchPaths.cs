using EduHub.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// Where this node keeps its indexes: <c>{DataPath}/Search/{node}/{index}</c>. The node name
/// (<c>EduHub:Search:NodeName</c>, default the machine name) keeps nodes that share a data folder apart.
/// </summary>
internal sealed class SearchPaths(IOptions<EduHubOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public string NodeName => configuration["EduHub:Search:NodeName"] is { Length: > 0 } name ? name : Environment.MachineName;

    public string Root
    {
        get
        {
            var data = options.Value.DataPath;
            var path = Path.IsPathRooted(data) ? data : Path.Combine(environment.ContentRootPath, data);
            return Path.Combine(path, "Search", Sanitize(NodeName));
        }
    }

    public string For(string indexName) => Path.Combine(Root, Sanitize(indexName));

    private static string Sanitize(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
