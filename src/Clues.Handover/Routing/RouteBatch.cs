using System.Text.Json;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>
/// The batch format of <c>clues route</c>: a JSON array of cases in, a JSON array of decisions out, one per case in
/// the same order. A bad case becomes <c>{"id","error"}</c> and the others are still decided.
/// </summary>
internal static class RouteBatch
{
    /// <summary>Decides every case of <paramref name="input"/>.</summary>
    /// <exception cref="JsonException">The input is not JSON or not an array; nothing is written.</exception>
    public static void Run(HandoverRouter router, ReadOnlyMemory<byte> input, Utf8JsonWriter output)
    {
        using var document = JsonDocument.Parse(input, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"the input must be a JSON array of cases, but it is a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
        }

        output.WriteStartArray();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            WriteOne(router, item, index++, output);
        }

        output.WriteEndArray();
        output.Flush();
    }

    private static void WriteOne(HandoverRouter router, JsonElement item, int index, Utf8JsonWriter output)
    {
        output.WriteStartObject();
        string? id = null;
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
        }

        if (id is null)
        {
            output.WriteNull("id");
        }
        else
        {
            output.WriteString("id", id);
        }

        var errors = new List<string>();
        var routingCase = item.ValueKind == JsonValueKind.Object ? ReadCase(item, errors) : null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"item {index} must be an object with id, subject, foundBy, problem and flags.");
        }
        else if (id is null)
        {
            errors.Add($"item {index} has no \"id\"; give each case a string id so its decision can be matched.");
        }

        RoutingDecision? decision = null;
        if (errors.Count == 0 && routingCase is not null)
        {
            try
            {
                decision = router.Decide(routingCase);
            }
            catch (RoutingException e)
            {
                errors.Add(e.Message);
            }
        }

        if (decision is null)
        {
            output.WriteString("error", string.Join(" ", errors));
        }
        else
        {
            output.WriteString("route", WireNames.Of(decision.Recipient.Route));
            output.WriteString("level", WireNames.Of(decision.Recipient.Level));
            output.WriteString("jurisdiction", decision.Recipient.Jurisdiction.Value);
            output.WriteString("timing", WireNames.Of(decision.Timing));
            output.WriteString("rule", decision.RuleId);
            output.WriteString("basis", decision.Basis);
        }

        output.WriteEndObject();
    }

    private static RoutingCase? ReadCase(JsonElement item, List<string> errors)
    {
        ManagementLevel? management = null;
        DivisionCode? subjectCode = null;
        if (Object(item, "subject", errors) is { } subject)
        {
            management = EnumValue<ManagementLevel>(subject, "subject.managementLevel", "managementLevel", errors);
            subjectCode = Code(subject, "subject.jurisdiction", errors);
        }

        JurisdictionLevel? foundLevel = null;
        DivisionCode? foundCode = null;
        if (Object(item, "foundBy", errors) is { } foundBy)
        {
            foundLevel = EnumValue<JurisdictionLevel>(foundBy, "foundBy.level", "level", errors);
            if (foundLevel is not null and not (JurisdictionLevel.City or JurisdictionLevel.County))
            {
                errors.Add($"foundBy.level '{WireNames.Of(foundLevel.Value)}' is not a round level; use CITY or COUNTY.");
                foundLevel = null;
            }

            foundCode = Code(foundBy, "foundBy.jurisdiction", errors);
        }

        var problem = EnumValue<ProblemCode>(item, "problem", "problem", errors);
        var flags = new HashSet<RoutingFlag>();
        if (item.TryGetProperty("flags", out var flagsElement) && flagsElement.ValueKind != JsonValueKind.Null)
        {
            if (flagsElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"flags must be an array of {WireNames.List<RoutingFlag>()}.");
            }
            else
            {
                foreach (var flag in flagsElement.EnumerateArray())
                {
                    var text = flag.ValueKind == JsonValueKind.String ? flag.GetString() : flag.GetRawText();
                    if (WireNames.TryParse<RoutingFlag>(text, out var value))
                    {
                        flags.Add(value.Value);
                    }
                    else
                    {
                        errors.Add($"flag '{text}' is unknown; use {WireNames.List<RoutingFlag>()}.");
                    }
                }
            }
        }

        if (management is null || subjectCode is null || foundLevel is null || foundCode is null || problem is null)
        {
            return null;
        }

        return new RoutingCase(new RoutingSubject(management.Value, subjectCode), new FindingOffice(foundLevel.Value, foundCode), problem.Value, flags);
    }

    private static JsonElement? Object(JsonElement parent, string name, List<string> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        errors.Add($"{name} is missing or not an object.");
        return null;
    }

    private static T? EnumValue<T>(JsonElement parent, string path, string name, List<string> errors) where T : struct, Enum
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path} is missing or not a string; use {WireNames.List<T>()}.");
            return null;
        }

        if (WireNames.TryParse<T>(value.GetString(), out var parsed))
        {
            return parsed;
        }

        errors.Add($"{path} '{value.GetString()}' is unknown; use {WireNames.List<T>()}.");
        return null;
    }

    private static DivisionCode? Code(JsonElement parent, string path, List<string> errors)
    {
        var name = path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..];
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path} is missing or not a string of 6 digits.");
            return null;
        }

        if (DivisionCode.TryParse(value.GetString(), out var code, out var error))
        {
            return code;
        }

        errors.Add($"{path}: {error}");
        return null;
    }
}
