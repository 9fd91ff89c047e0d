using Clues.Graph.Embedded;
using Clues.Graph.Embedded.CrashWriter;

// Usage: CrashWriter <data directory> <first batch> <batch count>
// Prints each batch number only after WriteAsync has returned, i.e. after the commit; the kill
// test treats every printed number as a promise that the batch survives SIGKILL.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Clues.Graph.Embedded.CrashWriter <data directory> <first batch> <batch count>");
    return 2;
}

int first = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
int count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
await using EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(args[0]));
Console.Out.WriteLine("open");
Console.Out.Flush();
for (int batch = first; batch < first + count; batch++)
{
    await store.WriteAsync(CrashBatch.Build(batch));
    Console.Out.WriteLine(batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
    Console.Out.Flush();
}

return 0;
