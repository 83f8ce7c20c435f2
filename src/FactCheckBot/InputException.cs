namespace FactCheckBot;

// Bad input from a person: the message is shown to them as is, and nothing was changed.
public sealed class InputException(string message) : Exception(message);
