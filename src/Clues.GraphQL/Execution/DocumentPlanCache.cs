using System.Runtime.CompilerServices;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Execution;

/// <summary>Per-schema cache of execution plans keyed by document instance (collected when the document is).</summary>
internal sealed class DocumentPlanCache
{
    private readonly ConditionalWeakTable<Document, DocumentPlan> _plans = new();

    public DocumentPlan Get(Document document) => _plans.GetValue(document, static d => new DocumentPlan(d));
}
