using Xunit.Abstractions;
using Xunit.Sdk;

namespace Clues.Graph.Neo4j.Tests.Contract;

/// <summary>Discovers tests as usual, but turns each contract test into one skipped case when Neo4j is not configured.</summary>
public sealed class Neo4jContractDiscoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
{
    private static readonly string ContractNamespace = typeof(Neo4jContractDiscoverer).Namespace + ".";

    protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
        if (isTest && Neo4jContractSettings.SkipReason is not null && testMethod.TestClass.Class.Name.StartsWith(ContractNamespace, StringComparison.Ordinal))
        {
            var notRun = new NotRunTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
            return ReportDiscoveredTestCase(notRun, includeSourceInformation, messageBus);
        }

        return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
    }
}
