namespace Iom.SharedKernel.Http;

/// <summary>Endpoint metadata: with format=csv (or sdmxCsv, when <paramref name="Sdmx"/>) the operation answers a CSV file instead of JSON.</summary>
public sealed record CsvExport(bool Sdmx = true);

/// <summary>Endpoint metadata: the operation takes a CSV or SDMX-CSV file of at most <paramref name="MaxBytes"/> as its body.</summary>
public sealed record CsvUpload(long MaxBytes);

