namespace Clues.GraphQL.Execution;

/// <summary>The ordered field plans of one selection on one object type, with the shared response keys.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(FieldPlan[] fields, bool dependsOnVariables)
    {
        Fields = fields;
        DependsOnVariables = dependsOnVariables;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            Keys[i] = fields[i].ResponseKey;
        }
    }

    public FieldPlan[] Fields { get; }

    public string[] Keys { get; }

    /// <summary>True when a <c>@skip</c>/<c>@include</c> read a variable, so the result may not be shared across requests.</summary>
    public bool DependsOnVariables { get; }
}
