using System.Globalization;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.CrashWriter;

// Two ways to run:
//   CrashWriter <data directory> <first batch> <batch count>
//     the original kill test's writer: prints each batch number after WriteAsync has returned (after the commit).
//   CrashWriter child <Import|Clue|Handover> <data directory> <run> <first import batch>
//     the harness's child: prints "open" once its stores are open, then "ACK <id>" after each committed write,
//     until it is killed.
// Every printed number or ACK is a promise that the write survives SIGKILL.
if (args.Length == 5 && args[0] == "child" && Enum.TryParse<CrashWorkload>(args[1], out var workload))
{
    var data = args[2];
    var run = long.Parse(args[3], CultureInfo.InvariantCulture);
    var first = long.Parse(args[4], CultureInfo.InvariantCulture);
    var output = Console.Out;
    switch (workload)
    {
        case CrashWorkload.Import:
            await ImportWorkload.RunChildAsync(data, first, output, CancellationToken.None);
            break;
        case CrashWorkload.Clue:
            await ClueWorkload.RunChildAsync(data, run, output, CancellationToken.None);
            break;
        default:
            await HandoverWorkload.RunChildAsync(data, run, output, CancellationToken.None);
            break;
    }

    return 0;
}

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Clues.Graph.Embedded.CrashWriter <data directory> <first batch> <batch count>");
    Console.Error.WriteLine("   or: Clues.Graph.Embedded.CrashWriter child <Import|Clue|Handover> <data directory> <run> <first import batch>");
    return 2;
}

int firstBatch = int.Parse(args[1], CultureInfo.InvariantCulture);
int count = int.Parse(args[2], CultureInfo.InvariantCulture);
await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(args[0]));
Console.Out.WriteLine("open");
Console.Out.Flush();
for (int batch = firstBatch; batch < firstBatch + count; batch++)
{
    await store.WriteAsync(CrashBatch.Build(batch));
    Console.Out.WriteLine(batch.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}

return 0;
