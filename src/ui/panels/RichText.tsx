import { Fragment } from 'react';

/** Catalogue text with `**bold**` spans, rendered as text and <strong> (never as HTML, so nothing in it can inject markup). */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text
        .split('**')
        .map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}
