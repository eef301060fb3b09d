namespace VoiceShop.Speech.Ssml;

/// <summary>
/// One unit of a rendered document: plain words (which may be shortened at a sentence or word boundary) or
/// a complete element (which is kept or dropped whole, so a length limit never cuts a tag).
/// </summary>
/// <param name="Words">For words: the raw, unescaped text. For an element: null.</param>
/// <param name="Markup">For an element: the complete, escaped markup. For words: null.</param>
internal readonly record struct SsmlPiece(string? Words, string? Markup)
{
    public bool IsWords => Words is not null;

    public static SsmlPiece Text(string words) => new(words, null);

    public static SsmlPiece Element(string markup) => new(null, markup);

    /// <summary>The piece as it appears in the document.</summary>
    public string ToSsml() => Words is not null ? SsmlText.Escape(Words) : Markup!;
}
