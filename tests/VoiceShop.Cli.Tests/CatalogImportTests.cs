using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Cli.Tests;

public sealed class CatalogImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Imports_every_product_into_the_sqlite_file()
    {
        var file = _folder.Write("catalog.json", """
            [
              {"sku": "PT-2PK", "name": "paper towels", "synonyms": ["kitchen roll"], "price": 9.24, "stock": 5},
              {"sku": "TENT-2", "name": "two person tent", "price": "149.00", "category": "outdoor", "attributes": {"waterproof": true, "colour": "green"}}
            ]
            """);

        var run = await Cli.RunAsync("catalog", "import", file, "--store", _folder.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 2 product(s)", run.Output);
        var store = new SqliteCommerceStore(_folder.ConnectionString);
        var tent = await store.GetProductAsync("TENT-2", CancellationToken.None);
        Assert.NotNull(tent);
        Assert.Equal(149.00m, tent.Price.Amount);
        Assert.Equal("true", tent.Attributes["waterproof"]);
        Assert.Equal(["kitchen roll"], (await store.GetProductAsync("PT-2PK", CancellationToken.None))!.Synonyms);
    }

    [Fact]
    public async Task A_file_with_bad_entries_reports_each_by_index_and_imports_nothing()
    {
        var file = _folder.Write("bad.json", """
            [
              {"sku": "OK-1", "name": "fine product", "price": 1.50},
              {"sku": "NO-PRICE", "name": "no price"},
              {"sku": "OK-1", "name": "duplicate", "price": 2},
              {"sku": "NEG", "name": "negative stock", "price": 3, "stock": -4}
            ]
            """);

        var run = await Cli.RunAsync("catalog", "import", file, "--store", _folder.ConnectionString);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("[1] \"price\" is required", run.Error);
        Assert.Contains("[2] duplicate sku \"OK-1\"", run.Error);
        Assert.Contains("[3] stock must not be negative", run.Error);
        Assert.DoesNotContain("[0]", run.Error);
        Assert.False(File.Exists(_folder.File("store.db")) && await HasProductsAsync(), "a refused file must leave the store untouched");
    }

    [Fact]
    public async Task Reimporting_replaces_products_by_sku()
    {
        var first = _folder.Write("v1.json", """[{"sku": "EGG", "name": "eggs", "price": 4.59}]""");
        var second = _folder.Write("v2.json", """[{"sku": "EGG", "name": "free range eggs", "price": 5.10}]""");

        Assert.Equal(0, (await Cli.RunAsync("catalog", "import", first, "--store", _folder.ConnectionString)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("catalog", "import", second, "--store", _folder.ConnectionString)).ExitCode);

        var products = await new SqliteCommerceStore(_folder.ConnectionString).GetProductsAsync(CancellationToken.None);
        var egg = Assert.Single(products);
        Assert.Equal("free range eggs", egg.Name);
        Assert.Equal(5.10m, egg.Price.Amount);
    }

    [Fact]
    public async Task A_missing_file_or_bad_json_is_a_plain_error()
    {
        var missing = await Cli.RunAsync("catalog", "import", _folder.File("nope.json"), "--store", _folder.ConnectionString);
        var notJson = await Cli.RunAsync("catalog", "import", _folder.Write("x.json", "{ not json"), "--store", _folder.ConnectionString);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);
        Assert.Equal(1, notJson.ExitCode);
        Assert.Contains("not valid JSON", notJson.Error);
    }

    [Fact]
    public async Task Unknown_commands_print_usage()
    {
        var run = await Cli.RunAsync("catalog", "export");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("voiceshop catalog import", run.Error);
    }

    private async Task<bool> HasProductsAsync()
    {
        var store = new SqliteCommerceStore(_folder.ConnectionString);
        await store.InitializeAsync(CancellationToken.None);
        return (await store.GetProductsAsync(CancellationToken.None)).Count > 0;
    }

    public void Dispose() => _folder.Dispose();
}
