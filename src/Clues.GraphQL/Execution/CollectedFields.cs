using System.Text.Json;

namespace Clues.GraphQL.Execution;

/// <summary>The ordered field plans of one selection on one object type, with the shared response keys.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(FieldPlan[] fields, bool dependsOnVariables)
    {
        Fields = fields;
        DependsOnVariables = dependsOnVariables;
        Keys = new string[fields.Length];
        EncodedKeys = new JsonEncodedText[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            Keys[i] = fields[i].ResponseKey;
            EncodedKeys[i] = JsonEncodedText.Encode(Keys[i]);
        }
    }

    public FieldPlan[] Fields { get; }

    public string[] Keys { get; }

    /// <summary>
    /// The keys escaped for JSON once per plan, so writing a response does not re-check every property name of
    /// every object (GraphQL names are ASCII letters, digits and underscores, so any encoder yields the same text).
    /// </summary>
    public JsonEncodedText[] EncodedKeys { get; }

    /// <summary>True when a <c>@skip</c>/<c>@include</c> read a variable, so the result may not be shared across requests.</summary>
    public bool DependsOnVariables { get; }
}
