/** The `hyphen` package ships no types; only the synchronous Dutch hyphenator is used (syllables.ts). */
declare module 'hyphen/nl/index.js' {
  const nl: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
  };
  export default nl;
}
