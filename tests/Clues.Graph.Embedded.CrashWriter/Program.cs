using System.Globalization;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.CrashWriter;

// CrashWriter <data directory> <first batch> <batch count>
//   prints "open" once the store is open, then each batch number after WriteAsync has returned (after the commit).
//   Every printed number is a promise that the batch survives SIGKILL; the kill test holds it to that.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Clues.Graph.Embedded.CrashWriter <data directory> <first batch> <batch count>");
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
