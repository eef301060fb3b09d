using System.Text.Json.Serialization;

namespace VoiceShop.Skills.Tests.Dialogflow;

/// <summary>Source-generated JSON for test values.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class DialogflowTestJson : JsonSerializerContext;
