namespace Clues.Graph.Embedded.Memory;

/// <summary>Validity bounds as day numbers so the traversal loop compares ints; an open bound becomes the int extreme.</summary>
internal static class DayBounds
{
    public static int From(DateOnly? day) => day?.DayNumber ?? int.MinValue;

    public static int To(DateOnly? day) => day?.DayNumber ?? int.MaxValue;

    public static DateOnly? ToDate(int dayNumber) =>
        dayNumber is int.MinValue or int.MaxValue ? null : DateOnly.FromDayNumber(dayNumber);
}
