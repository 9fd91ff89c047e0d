using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>Writes a clue with its FoundIn, CollectedBy, Concerns (with role) and optional HandedTo links.</summary>
internal static class ClueWriter
{
    public static void Write(BatchSink sink, Clue clue, RoundInfo round, GroupInfo group, string primaryId, string? relatedId, string? bodyId)
    {
        var handedOn = round.End.AddDays(20) < SeedWorld.ReferenceDate ? round.End.AddDays(20) : SeedWorld.ReferenceDate;
        WriteCore(sink, clue, round, group, primaryId, relatedId, bodyId, handedOn);
    }

    private static void WriteCore(BatchSink sink, Clue clue, RoundInfo round, GroupInfo group, string primaryId, string? relatedId, string? bodyId, DateOnly handedOn)
    {
        sink.Add(clue);
        sink.Link(RelType.FoundIn, clue.Id, round.Id);
        sink.Link(RelType.CollectedBy, clue.Id, group.Id);
        sink.Link(RelType.Concerns, clue.Id, primaryId, "role", nameof(SubjectRole.Primary));
        if (relatedId is not null && relatedId != primaryId)
        {
            sink.Link(RelType.Concerns, clue.Id, relatedId, "role", nameof(SubjectRole.Related));
        }

        if (bodyId is not null)
        {
            // Handed over after the round's feedback, about three weeks after it ends.
            sink.Link(RelType.HandedTo, clue.Id, bodyId, handedOn, null);
        }
    }

    /// <summary>True when a clue in this status has been handed over to a receiving body.</summary>
    public static bool IsHandedOver(ClueStatus status) =>
        status is ClueStatus.HandedOver or ClueStatus.FeedbackReceived or ClueStatus.Closed;

    /// <summary>True for channels where someone reported: only then can a sealed reporter identity exist.</summary>
    public static bool HasReporter(ClueSource source) =>
        source is ClueSource.Letter or ClueSource.Call or ClueSource.Visit or ClueSource.ReportBox or ClueSource.Email;
}
