namespace Clues.GraphQL.Execution;

/// <summary>A loader with queued keys that the scope can dispatch as one batch.</summary>
internal interface IBatchDispatcher
{
    void Dispatch();
}
