// Character-level judgements are asked for the same few thousand characters millions of times in
// a large build; each is computed once per character and remembered.
export function perCharacter<V>(compute: (char: string) => V): (char: string) => V {
  const known = new Map<string, V>();
  return (char) => {
    if (known.has(char)) return known.get(char)!;
    const value = compute(char);
    known.set(char, value);
    return value;
  };
}
