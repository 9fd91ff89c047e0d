using Clues.Handover.Packaging;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>Receives progress on the reporting thread (Progress&lt;T&gt; would post it later to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<HandoverPackageProgress> report) : IProgress<HandoverPackageProgress>
{
    public void Report(HandoverPackageProgress value) => report(value);
}
