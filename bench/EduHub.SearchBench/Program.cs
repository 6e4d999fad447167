using System.Diagnostics;
using System.Globalization;
using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using EduHub.SearchBench;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

// dotnet run -c Release --project bench/EduHub.SearchBench -- [--sizes 10000,100000] [--queries 500] [--seed 7]
var sizes = Option("--sizes", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
var repetitions = int.Parse(Option("--queries", "500"), CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "7"), CultureInfo.InvariantCulture);

var folder = Path.Combine(Path.GetTempPath(), "eduhub-searchbench-" + Guid.NewGuid().ToString("n"));
using var directory = FSDirectory.Open(folder);
var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
using var writer = new IndexWriter(directory, config);
var items = new SyntheticItems(seed);
var types = new[] { "Platform", "School", "SafetyGuide", "Mentor", "Announcement" };

Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; seed {seed}; {repetitions} timed runs per query after 100 warm-up runs.");
Console.WriteLine();
Console.WriteLine("| items | indexing (items/s) | query | our search p50 (ms) | p99 (ms) | raw Lucene p50 (ms) | p99 (ms) | p50 ratio | hits |");
Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|");

var indexed = 0;
foreach (var size in sizes)
{
    var watch = Stopwatch.StartNew();
    for (; indexed < size; indexed++)
    {
        writer.AddDocument(LuceneDocumentMapper.Map(items.Next(indexed), "hy", storeSource: false));
    }

    writer.Commit();
    var rate = (size - (size == sizes[0] ? 0 : sizes[sizes.IndexOf(size) - 1])) / watch.Elapsed.TotalSeconds;
    using var reader = DirectoryReader.Open(directory);
    var searcher = new IndexSearcher(reader);
    var access = new BooleanQuery { { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST } };
    var typesQuery = new BooleanQuery();
    foreach (var type in types)
    {
        typesQuery.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.SHOULD);
    }

    access.Add(typesQuery, Occur.MUST);
    var cases = new (string Name, string UserQuery, Func<Query> Raw, string? Region)[]
    {
        ("word (hy)", "դպրոցներում", () => new TermQuery(new Term(SearchFields.Text, "դպրոցներում")), null),
        ("phrase (en)", "\"distance learning\"", () => new PhraseQuery { new Term(SearchFields.Text, "distance"), new Term(SearchFields.Text, "learning") }, null),
        ("prefix (hy)", "մաթեմ*", () => new PrefixQuery(new Term(SearchFields.Text, "մաթեմ")), null),
        ("word + region facet", "platform", () => new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Text, "platform")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Keyword("region"), "region03")), Occur.MUST },
        }, "region03"),
    };

    foreach (var (name, userQuery, raw, region) in cases)
    {
        var cultures = SearchService.Cultures(null);
        var filters = region is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { ["region"] = [region] };
        int ours = 0, rawHits = 0;
        SearchResponse Ours()
        {
            // What SearchService.SearchAsync does after validation: parse, multi-field query, access and facet filters, facets, highlights.
            var text = TextQuery.Build(UserQueryParser.Parse(userQuery), cultures, searcher.IndexReader);
            var filter = new BooleanQuery { { access, Occur.MUST } };
            foreach (var (facet, values) in filters)
            {
                filter.Add(new TermQuery(new Term(SearchFields.Keyword(facet), values[0])), Occur.MUST);
            }

            return SearchService.Execute(searcher, SearchService.Combine(text.Query, filter), text.Highlight, cultures, SearchFields.Facets, 0, 20, 1);
        }

        int Raw()
        {
            var top = searcher.Search(raw(), 20);
            foreach (var doc in top.ScoreDocs)
            {
                _ = searcher.Doc(doc.Doc).Get(SearchFields.Id);
            }

            return top.TotalHits;
        }

        var ourTimes = Measure(() => ours = Ours().Total, repetitions);
        var rawTimes = Measure(() => rawHits = Raw(), repetitions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {rate:N0} | {name} | {P(ourTimes, 50):0.00} | {P(ourTimes, 99):0.00} | {P(rawTimes, 50):0.00} | {P(rawTimes, 99):0.00} | {P(ourTimes, 50) / P(rawTimes, 50):0.0}× | {ours:N0} / {rawHits:N0} |"));
    }
}

writer.Dispose();
System.IO.Directory.Delete(folder, recursive: true);
return 0;

static double[] Measure(Action action, int repetitions)
{
    for (var i = 0; i < 100; i++)
    {
        action();
    }

    var times = new double[repetitions];
    for (var i = 0; i < repetitions; i++)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(times);
    return times;
}

static double P(double[] sorted, int percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
