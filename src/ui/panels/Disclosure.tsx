import { useId, useState, type ReactNode } from 'react';

/** A button that shows and hides a panel; the panel's content exists only while it is open. */
export function Disclosure({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className={className}>
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {title}
      </button>
      {open && <div id={panelId}>{children}</div>}
    </section>
  );
}
