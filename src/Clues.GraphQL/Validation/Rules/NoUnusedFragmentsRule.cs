using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment must be spread by some operation, directly or transitively.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used</remarks>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinition> _operations = [];
    private readonly List<FragmentDefinition> _fragments = [];

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            _operations.Add(operation);
            return false;
        });
        handlers.OnEnterOrSkip<FragmentDefinition>(SyntaxKind.FragmentDefinition, fragment =>
        {
            _fragments.Add(fragment);
            return false;
        });
        handlers.OnLeave<Document>(SyntaxKind.Document, _ =>
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in _operations)
            {
                var referenced = Context.GetRecursivelyReferencedFragments(operation);
                for (var i = 0; i < referenced.Count; i++)
                {
                    used.Add(referenced[i].Name.Value);
                }
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        });
    }
}
