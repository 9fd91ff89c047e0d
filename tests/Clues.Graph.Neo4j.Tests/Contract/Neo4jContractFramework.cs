using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Clues.Graph.Neo4j.Tests.Contract.Neo4jContractFramework", "Clues.Graph.Neo4j.Tests")]

namespace Clues.Graph.Neo4j.Tests.Contract;

/// <summary>
/// xUnit's own framework, except that without NEO4J_URI every test of the Neo4j contract classes is
/// reported as skipped with the reason, so a run without a server shows the suite as not run instead of
/// passing it. The contract classes themselves stay plain [Fact]/[Theory], shared with every backend.
/// </summary>
public sealed class Neo4jContractFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Neo4jContractDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}
