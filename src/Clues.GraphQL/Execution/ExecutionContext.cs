using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Execution;

/// <summary>The state of one execution: the request, coerced variables, the plan, errors and loaders.</summary>
internal sealed class ExecutionContext
{
    private readonly object _errorLock = new();
    private List<GraphQLError>? _errors;
    private Dictionary<(object, ObjectType), CollectedFields>? _requestFields;

    public ExecutionContext(
        ExecutionRequest request,
        OperationDefinition operation,
        DocumentPlan plan,
        IReadOnlyDictionary<string, object?> variables)
    {
        Request = request;
        Schema = request.Schema;
        Operation = operation;
        Plan = plan;
        Variables = variables;
        CancellationToken = request.CancellationToken;
        Loaders = new DataLoaderScope(request.CancellationToken);
    }

    public ExecutionRequest Request { get; }

    public GraphQLSchema Schema { get; }

    public OperationDefinition Operation { get; }

    public DocumentPlan Plan { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope Loaders { get; }

    public List<GraphQLError>? Errors => _errors;

    public void AddError(GraphQLError error)
    {
        lock (_errorLock)
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>Variable-dependent collected fields are cached for this request only.</summary>
    public bool TryGetRequestFields(object owner, ObjectType type, out CollectedFields fields)
    {
        lock (_errorLock)
        {
            if (_requestFields is not null && _requestFields.TryGetValue((owner, type), out fields!))
            {
                return true;
            }
        }

        fields = null!;
        return false;
    }

    public void AddRequestFields(object owner, ObjectType type, CollectedFields fields)
    {
        lock (_errorLock)
        {
            (_requestFields ??= [])[(owner, type)] = fields;
        }
    }
}
