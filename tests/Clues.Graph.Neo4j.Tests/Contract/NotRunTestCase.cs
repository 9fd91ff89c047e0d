using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Clues.Graph.Neo4j.Tests.Contract;

/// <summary>A contract test reported as skipped because no Neo4j server is configured; it is never run.</summary>
public sealed class NotRunTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public NotRunTestCase()
    {
    }

    public NotRunTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    // Decided again after de-serialisation in the runner, from the same environment.
    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        Neo4jContractSettings.SkipReason ?? Neo4jContractSettings.NotRunReason;
}
