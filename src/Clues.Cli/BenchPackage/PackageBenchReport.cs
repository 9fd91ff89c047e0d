using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clues.Cli.BenchPackage;

/// <summary>The figures of one <c>clues bench package</c> run.</summary>
/// <param name="Preset">Seed preset used.</param>
/// <param name="Clues">Clues exported.</param>
/// <param name="Items">Handover items exported (a clue may go to more than one recipient).</param>
/// <param name="Stubs">Items that were stubs only.</param>
/// <param name="Packages">Packages issued: one per (finding office, recipient).</param>
/// <param name="Seconds">Wall-clock seconds of all exports, from the first item read to the last item handed over.</param>
/// <param name="CpuSeconds">Processor time the process used meanwhile (all threads); on a busy shared machine the fairer figure.</param>
/// <param name="PhaseSeconds">Seconds per exporter phase (read, context, write, handover), summed over packages (wall clock).</param>
/// <param name="PhaseCpuSeconds">Processor seconds per exporter phase, summed over packages.</param>
/// <param name="ZipBytes">Total size of the packages.</param>
/// <param name="ContextNodes">Context nodes, summed over packages.</param>
/// <param name="ContextRelationships">Context relationships, summed over packages.</param>
/// <param name="LargestPackage">The package with the most items.</param>
/// <param name="SetupSeconds">Seeding, drafting and approving (not timed as export).</param>
/// <param name="AllVerified">Whether every package verified with the office's public key afterwards.</param>
/// <param name="Directory">Where the store and packages are, when kept.</param>
internal sealed record PackageBenchReport(
    string Preset,
    int Clues,
    int Items,
    int Stubs,
    int Packages,
    double Seconds,
    double CpuSeconds,
    IReadOnlyDictionary<string, double> PhaseSeconds,
    IReadOnlyDictionary<string, double> PhaseCpuSeconds,
    long ZipBytes,
    int ContextNodes,
    int ContextRelationships,
    PackageBenchLargest LargestPackage,
    double SetupSeconds,
    bool AllVerified,
    string? Directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Whether the export met the issue's target: 5 s for up to 1,000 clues, scaled linearly above.</summary>
    public bool WithinTarget => Seconds <= PackageBenchOptions.TargetSeconds * Math.Max(1000, Clues) / 1000.0;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public void WriteText(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Exported {Clues:N0} clues ({Items:N0} handover items, {Stubs:N0} stubs) from the {Preset} preset as {Packages} packages (one per finding office and recipient) in {Seconds:F2} s ({CpuSeconds:F2} s of processor time)"));
        output.WriteLine(string.Create(c, $"  phases (wall / processor): {string.Join(", ", PhaseSeconds.Select(p => $"{p.Key} {p.Value:F2} / {PhaseCpuSeconds.GetValueOrDefault(p.Key):F2} s"))}"));
        output.WriteLine(string.Create(c, $"  zips {ZipBytes / 1024.0 / 1024.0:F1} MiB, context {ContextNodes:N0} nodes / {ContextRelationships:N0} relationships"));
        output.WriteLine(string.Create(c, $"  largest package: {LargestPackage.Items:N0} items to {LargestPackage.Recipient} in {LargestPackage.Seconds:F2} s, {LargestPackage.Bytes / 1024.0:F0} KiB"));
        output.WriteLine(string.Create(c, $"  target: 1,000 clues in {PackageBenchOptions.TargetSeconds:F0} s: {(WithinTarget ? "met" : "MISSED")}; every package verified: {(AllVerified ? "yes" : "NO")}; setup (seed, draft, approve) {SetupSeconds:F1} s"));
        if (Directory is not null)
        {
            output.WriteLine($"  kept: {Directory}");
        }
    }
}
