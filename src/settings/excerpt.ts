/** Longest piece of untrusted text (a link's value, a file's cell) that a message quotes back. */
export const excerptLength = 24;

/** Untrusted text as a message quotes it: at most `excerptLength` characters, then an ellipsis, so it cannot flood the page. */
export function excerpt(text: string): string {
  return text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text;
}
