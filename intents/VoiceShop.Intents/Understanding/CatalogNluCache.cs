using NodaTime;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Keeps the <see cref="NluModel"/> for the catalog in the store. Building one costs a catalog read and some
/// milliseconds, so it is built once and rebuilt only when the catalog's names, synonyms, attributes or
/// prices have changed; the store is checked for that at most every <see cref="CheckInterval"/> (imports
/// can call <see cref="Invalidate"/> to skip the wait). Stock changes with every order and does not rebuild.
/// </summary>
public sealed class CatalogNluCache
{
    private readonly ICatalogStore? _store;
    private readonly InteractionModel _model;
    private readonly SemanticIntents? _semantic;
    private readonly IClock _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;
    private Instant _nextCheck;

    /// <param name="store">Where the catalog lives.</param>
    /// <param name="model">The interaction model.</param>
    /// <param name="clock">Time, for spacing catalog checks.</param>
    /// <param name="options">The <c>Nlu</c> settings; the Semantic engine when absent. Its model loads on the first utterance, not here.</param>
    public CatalogNluCache(ICatalogStore store, InteractionModel model, IClock clock, NluOptions? options = null)
    {
        _store = store;
        _model = model;
        _clock = clock;
        _semantic = (options?.Engine ?? NluEngine.Semantic) == NluEngine.Semantic
            ? SemanticIntents.MiniLm(model, string.IsNullOrEmpty(options?.ExampleCacheDirectory) ? null : new ExampleVectorCache(options.ExampleCacheDirectory))
            : null;
    }

    private CatalogNluCache(InteractionModel model, IReadOnlyList<Product> products, SemanticIntents? semantic)
    {
        _model = model;
        _semantic = semantic;
        _clock = SystemClock.Instance;
        _current = new Snapshot(NluModel.Build(model, products, semantic), Fingerprint(products));
        _nextCheck = Instant.MaxValue;
    }

    /// <summary>How long a checked catalog is trusted before the store is asked again.</summary>
    public Duration CheckInterval { get; init; } = Duration.FromSeconds(30);

    /// <summary>A cache over a fixed catalog with the default (Semantic) engine; its model loads on the first utterance.</summary>
    public static CatalogNluCache ForCatalog(InteractionModel model, IReadOnlyList<Product> products) => new(model, products, SemanticIntents.MiniLm(model));

    /// <summary>A cache over a fixed catalog (the CLI, benchmarks, tests); <paramref name="semantic"/> null is the Lexical engine.</summary>
    public static CatalogNluCache ForCatalog(InteractionModel model, IReadOnlyList<Product> products, SemanticIntents? semantic) => new(model, products, semantic);

    /// <summary>The engine this cache's models use.</summary>
    public NluEngine Engine => _semantic is null ? NluEngine.Lexical : NluEngine.Semantic;

    /// <summary>The semantic engine, or null under the Lexical one.</summary>
    public SemanticIntents? Semantic => _semantic;

    /// <summary>The model built last, or null before the first <see cref="GetAsync"/>.</summary>
    public NluModel? Current => _current?.Model;

    /// <summary>Makes the next <see cref="GetAsync"/> look at the store again.</summary>
    public void Invalidate() => _nextCheck = Instant.MinValue;

    /// <summary>The model for the store's current catalog, rebuilt if the catalog changed since the last check.</summary>
    public async ValueTask<NluModel> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && _clock.GetCurrentInstant() < _nextCheck)
        {
            return current.Model;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && _clock.GetCurrentInstant() < _nextCheck)
            {
                return current.Model;
            }

            var products = await _store!.GetProductsAsync(cancellationToken);
            var fingerprint = Fingerprint(products);
            if (current is null || current.Fingerprint != fingerprint)
            {
                current = new Snapshot(NluModel.Build(_model, products, _semantic), fingerprint);
                _current = current;
            }

            _nextCheck = _clock.GetCurrentInstant() + CheckInterval;
            return current.Model;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A hash of what understanding depends on: SKU, names, synonyms, attributes and price.</summary>
    private static long Fingerprint(IReadOnlyList<Product> products)
    {
        var hash = new HashCode();
        foreach (var product in products.OrderBy(p => p.Sku, StringComparer.Ordinal))
        {
            hash.Add(product.Sku, StringComparer.Ordinal);
            hash.Add(product.Name, StringComparer.Ordinal);
            hash.Add(product.Price.Amount);
            foreach (var synonym in product.Synonyms)
            {
                hash.Add(synonym, StringComparer.Ordinal);
            }

            foreach (var (key, value) in product.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                hash.Add(key, StringComparer.Ordinal);
                hash.Add(value, StringComparer.Ordinal);
            }
        }

        return ((long)hash.ToHashCode() << 32) | (uint)products.Count;
    }

    private sealed record Snapshot(NluModel Model, long Fingerprint);
}
