using System.Text;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>Counts of labelled event (rows) against predicted event (columns), "none" included.</summary>
public sealed class ConfusionMatrix
{
    private static readonly AlertEvent[] Events = Enum.GetValues<AlertEvent>();
    private readonly int[,] _counts = new int[Events.Length, Events.Length];

    public int this[AlertEvent labelled, AlertEvent predicted] => _counts[(int)labelled, (int)predicted];

    public void Add(AlertEvent labelled, AlertEvent predicted) => _counts[(int)labelled, (int)predicted]++;

    public override string ToString()
    {
        var table = new StringBuilder();
        table.Append("label \\ predicted".PadRight(18));
        foreach (var e in Events)
            table.Append(Name(e).PadLeft(8));
        table.AppendLine();
        foreach (var row in Events)
        {
            table.Append(Name(row).PadRight(18));
            foreach (var column in Events)
                table.Append(this[row, column].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(8));
            table.AppendLine();
        }

        return table.ToString();
    }

    private static string Name(AlertEvent e) => e.ToString().ToLowerInvariant()[..Math.Min(7, e.ToString().Length)];
}
