#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 compile records (init accessors); the framework has it from .NET 5.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
