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

// dotnet run -c Release --project bench/EduHub.SearchBench -- [--sizes 10000,100000] [--queries 500] [--seed 7] [--breakdown]
var sizes = Option("--sizes", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
var repetitions = int.Parse(Option("--queries", "500"), CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "7"), CultureInfo.InvariantCulture);
var breakdown = args.Contains("--breakdown");

var folder = Path.Combine(Path.GetTempPath(), "eduhub-searchbench-" + Guid.NewGuid().ToString("n"));
using var directory = FSDirectory.Open(folder);
var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
using var writer = new IndexWriter(directory, config);
var items = new SyntheticItems(seed);
var types = new[] { "Platform", "School", "SafetyGuide", "Mentor", "Announcement" };

Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; seed {seed}; {repetitions} timed runs per query after 100 warm-up runs.");
Console.WriteLine("ours = SearchService.Execute (parse, multi-field query, visibility + facet filter, six facets, top 20 with stored fields, highlights);");
Console.WriteLine("raw (same job) = the same clauses, filter, six facets and top 20 with stored fields written by hand on Lucene.NET, no highlights;");
Console.WriteLine("raw (narrow) = one Term/Phrase/PrefixQuery on the plain field, top 20, id loaded, no filter, no facets.");
Console.WriteLine();
Console.WriteLine("| items | indexing (items/s) | query | ours p50 (ms) | p99 (ms) | raw (same job) p50 (ms) | p99 (ms) | raw (narrow) p50 (ms) | p99 (ms) | ours / same job p50 | p99 | ours / narrow p50 | hits ours / same job / narrow |" + (breakdown ? " ours without highlights p50 / p99 (ms) |" : ""));
Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (breakdown ? "---:|" : ""));

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

    var cases = new (string Name, string UserQuery, Func<Query> Raw, Func<Query> Narrow, string? Region)[]
    {
        ("word (hy)", "դպրոցներում", () => RawLucene.Word("դպրոցներում", false, reader), () => new TermQuery(new Term(SearchFields.Text, "դպրոցներում")), null),
        ("phrase (en)", "\"distance learning\"", () => RawLucene.Phrase("distance learning"), () => new PhraseQuery { new Term(SearchFields.Text, "distance"), new Term(SearchFields.Text, "learning") }, null),
        ("prefix (hy)", "մաթեմ*", () => RawLucene.Word("մաթեմ", true, reader), () => new PrefixQuery(new Term(SearchFields.Text, "մաթեմ")), null),
        ("word + region facet", "platform", () => RawLucene.Word("platform", false, reader), () => new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Text, "platform")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Keyword("region"), "region03")), Occur.MUST },
        }, "region03"),
    };

    foreach (var (name, userQuery, raw, narrow, region) in cases)
    {
        var cultures = SearchService.Cultures(null);
        int ours = 0, rawHits = 0, narrowHits = 0;

        // The visibility filter as SearchService.FilterAsync builds it for an anonymous caller (published, one of the
        // index's types), plus the facet filter; built per query like the service does.
        BooleanQuery Filter()
        {
            var typesQuery = new BooleanQuery();
            foreach (var type in types)
            {
                typesQuery.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.SHOULD);
            }

            var filter = new BooleanQuery
            {
                { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST },
                { typesQuery, Occur.MUST },
            };
            if (region is not null)
            {
                filter.Add(new BooleanQuery { { new TermQuery(new Term(SearchFields.Keyword("region"), region)), Occur.SHOULD } }, Occur.MUST);
            }

            return filter;
        }

        SearchResponse Ours(bool highlights)
        {
            // What SearchService.SearchAsync does after validation: parse, multi-field query, access and facet filters, facets, highlights.
            var text = TextQuery.Build(UserQueryParser.Parse(userQuery), cultures, searcher.IndexReader);
            return SearchService.Execute(searcher, text.Query, Filter(), highlights ? text.Highlight : new HighlightTerms(), cultures, SearchFields.Facets, 0, 20, 1);
        }

        int Narrow()
        {
            var top = searcher.Search(narrow(), 20);
            foreach (var doc in top.ScoreDocs)
            {
                _ = searcher.Doc(doc.Doc).Get(SearchFields.Id);
            }

            return top.TotalHits;
        }

        // Same hits and facet counts on both sides, or the comparison is void.
        var check = Ours(true);
        var rawCheck = RawLucene.Search(searcher, raw(), Filter(), SearchFields.Facets, 20);
        var sameFacets = SearchFields.Facets.All(f => check.Facets[f].Sum(v => v.Count) == rawCheck.Facets[f].Sum(v => v.Value) && check.Facets[f].Count == rawCheck.Facets[f].Count);
        var sameTop = check.Hits.Select(h => h.ContentItemId).SequenceEqual(rawCheck.Hits.Select(d => d.Get(SearchFields.Id)));
        if (check.Total != rawCheck.Total || !sameFacets || !sameTop)
        {
            Console.Error.WriteLine($"MISMATCH {name}: total {check.Total} / {rawCheck.Total}, facets equal {sameFacets}, top 20 equal {sameTop}");
        }

        var ourTimes = Measure(() => ours = Ours(true).Total, repetitions);
        var rawTimes = Measure(() => rawHits = RawLucene.Search(searcher, raw(), Filter(), SearchFields.Facets, 20).Total, repetitions);
        var narrowTimes = Measure(() => narrowHits = Narrow(), repetitions);
        var plainTimes = breakdown ? Measure(() => Ours(false), repetitions) : null;
        var extra = plainTimes is null ? "" : string.Create(CultureInfo.InvariantCulture, $" {P(plainTimes, 50):0.00} / {P(plainTimes, 99):0.00} |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {rate:N0} | {name} | {P(ourTimes, 50):0.00} | {P(ourTimes, 99):0.00} | {P(rawTimes, 50):0.00} | {P(rawTimes, 99):0.00} | {P(narrowTimes, 50):0.00} | {P(narrowTimes, 99):0.00} | {P(ourTimes, 50) / P(rawTimes, 50):0.00}× | {P(ourTimes, 99) / P(rawTimes, 99):0.00}× | {P(ourTimes, 50) / P(narrowTimes, 50):0.0}× | {ours:N0} / {rawHits:N0} / {narrowHits:N0} |{extra}"));
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
