// Lexicon patterns are kept as regex sources in JSON; every one is read as a Unicode pattern.
export const lexiconPattern = (source: string, flags = "u") => new RegExp(source, flags);
