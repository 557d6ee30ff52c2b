import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useLayoutEffect, useRef } from 'react';

/** A formula typeset by KaTeX. Only the project's own TeX strings come here, never text from a URL. */
export function Equation({ tex }: { tex: string }) {
  const container = useRef<HTMLDivElement>(null);
  // katex.render builds DOM nodes and sets their styles through the CSSOM, which the page's
  // Content-Security-Policy (style-src 'self', no 'unsafe-inline') allows; the style attributes in
  // renderToString's HTML would be blocked and the formulas drawn out of shape. Its output includes
  // MathML, read by screen readers.
  useLayoutEffect(() => {
    if (container.current) katex.render(tex, container.current, { displayMode: true, throwOnError: true });
  }, [tex]);
  return <div className="equation" ref={container} />;
}
