import katex from 'katex';
import 'katex/dist/katex.min.css';

/** A formula typeset by KaTeX. Only the project's own TeX strings come here, never text from a URL. */
export function Equation({ tex }: { tex: string }) {
  // renderToString escapes what it prints; the markup is KaTeX's own HTML and MathML (read by screen readers).
  return (
    <div className="equation" dangerouslySetInnerHTML={{ __html: katex.renderToString(tex, { displayMode: true, throwOnError: true }) }} />
  );
}
