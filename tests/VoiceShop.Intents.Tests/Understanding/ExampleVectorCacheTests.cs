using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Intents.Tests.Understanding;

/// <summary>The examples' vectors kept on disk between starts, with the real all-MiniLM-L6-v2.</summary>
public sealed class ExampleVectorCacheTests
{
    private static readonly (string Intent, string Text)[] Examples =
    [
        ("OrderStatusIntent", "where is my package"),
        ("ReorderIntent", "order my usual again"),
        ("StopIntent", "that's all for now"),
    ];

    [Fact]
    public void A_second_start_reads_the_kept_vectors_and_classifies_exactly_as_the_first()
    {
        using var folder = new TempDirectory();
        var cache = new ExampleVectorCache(folder.Path);
        using var first = SemanticIntents.MiniLm(InteractionModel.Load(), cache);
        using var second = SemanticIntents.MiniLm(InteractionModel.Load(), cache);

        var embedded = first.Classifier;
        var read = second.Classifier;

        Assert.False(embedded.VectorsFromCache);
        Assert.True(read.VectorsFromCache);
        Assert.Equal(embedded.ExampleCount, read.ExampleCount);
        foreach (var text in new[] { "where's my stuff", "get me the same as last time", "play some jazz" })
        {
            Assert.Equal(embedded.Classify(text).Ranked, read.Classify(text).Ranked);
        }
    }

    [Fact]
    public void Changed_examples_miss_and_a_damaged_file_is_never_trusted()
    {
        using var folder = new TempDirectory();
        var cache = new ExampleVectorCache(folder.Path);
        using var embedder = SentenceEmbedder.MiniLm();
        var vectors = embedder.EmbedAll([.. Examples.Select(e => e.Text)]);
        cache.TryWrite(embedder.Name, Examples, vectors);

        Assert.Equal(vectors, cache.TryRead(embedder.Name, Examples));
        Assert.Null(cache.TryRead(embedder.Name, [.. Examples, ("HelpIntent", "what can you do")]));
        Assert.Null(cache.TryRead(embedder.Name, [("OrderStatusIntent", "where is my parcel"), .. Examples[1..]]));
        Assert.Null(cache.TryRead("another-model", Examples));

        var file = Assert.Single(Directory.GetFiles(folder.Path));
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^4]);
        Assert.Null(cache.TryRead(embedder.Name, Examples));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_only_costs_the_embedding()
    {
        using var folder = new TempDirectory();
        var blocked = Path.Combine(folder.Path, "a-file-not-a-folder");
        File.WriteAllText(blocked, "");
        var cache = new ExampleVectorCache(blocked);

        cache.TryWrite("all-MiniLM-L6-v2", Examples, [[1f, 0f], [0f, 1f], [1f, 1f]]);

        Assert.Null(cache.TryRead("all-MiniLM-L6-v2", Examples));
    }
}
