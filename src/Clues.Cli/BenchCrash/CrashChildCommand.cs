using System.CommandLine;

namespace Clues.Cli.BenchCrash;

/// <summary>
/// <c>clues bench crash child WORKLOAD DATA RUN FIRST</c>, hidden: the process <see cref="CrashHarness"/> starts and
/// SIGKILLs. It prints <see cref="CrashFixture.OpenLine"/> once its stores are open, then one acknowledgement line
/// after each committed write, and never stops by itself. Each acknowledgement is a promise that the write survives
/// SIGKILL, which is what the harness checks.
/// </summary>
internal static class CrashChildCommand
{
    public const string Name = "child";

    public static Command Create()
    {
        var workload = new Argument<CrashWorkload>("WORKLOAD") { Description = "Import, Clue or Handover." };
        var data = new Argument<string>("DATA") { Description = "The data folder to write (its keys are beside it in <data>-keys)." };
        var run = new Argument<long>("RUN") { Description = "Number of this child, so clue and handover ids never repeat." };
        var first = new Argument<long>("FIRST") { Description = "The first import batch to write (the number of whole batches already there)." };
        var command = new Command(Name, "Run one crash workload until killed (started by `clues bench crash`).")
        {
            workload, data, run, first,
        };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data)!;
            var output = Console.Out;
            switch (parse.GetValue(workload))
            {
                case CrashWorkload.Import:
                    await ImportWorkload.RunChildAsync(folder, parse.GetValue(first), output, cancellationToken);
                    break;
                case CrashWorkload.Clue:
                    await ClueWorkload.RunChildAsync(folder, parse.GetValue(run), output, cancellationToken);
                    break;
                default:
                    await HandoverWorkload.RunChildAsync(folder, parse.GetValue(run), output, cancellationToken);
                    break;
            }

            return 0;
        });
        return command;
    }
}
