namespace Iom.SharedKernel.Auditing;

/// <summary>A field whose values the audit trail records as changed but never stores (contact details, personal data).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SensitiveAttribute : Attribute;
